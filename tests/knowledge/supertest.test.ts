import { describe, expect, it } from 'vitest';
import { kindAt, resolve } from './helpers';

const request = 'supertest.Request promise';

describe('supertest', () => {
  it.each([
    ['import request from "supertest"', 'supertest.Supertest', 'supertest', 'default', []],
    ['const request = require("supertest")', 'supertest.Supertest', 'supertest', '*', []],
    ['request(app)', 'supertest.Agent', 'supertest', 'default', ['()']],
    ['request(app).get("/")', request, 'supertest', 'default', ['()', '.get()']],
    ['request(app).del("/")', request, 'supertest', 'default', ['()', '.del()']],
    ['request(app).post("/").send(body).expect(201)', request, 'supertest', 'default', ['()', '.post()', '.send()', '.expect()']],
    ['request(app).get("/").end(cb) returns no promise', 'value', 'supertest', 'default', ['()', '.get()', '.end()']],
    ['request.agent(app)', 'supertest.Agent', 'supertest', 'default', ['.agent()']],
    ['import { agent }; agent(app).get("/")', request, 'supertest', 'agent', ['()', '.get()']],
    ['agent.set(header, v) keeps the agent', 'supertest.Agent', 'supertest', 'agent', ['()', '.set()']],
    ['superagent.get(url)', request, 'superagent', 'default', ['.get()']],
    ['superagent.post(url).send(body)', request, 'superagent', 'default', ['.post()', '.send()']],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });

  it('a request is an HTTP client whose callback form and function assertions are known', () => {
    const spec = kindAt('supertest', 'default', ['()', '.get()'])?.spec;
    expect(spec?.httpClient).toBe(true);
    expect(spec?.callbackStyle).toBe(true);
    expect(spec?.functionAssertions).toEqual(['expect']);
    expect(spec?.resource).toBe(undefined);
  });
});
