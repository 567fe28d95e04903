import rule from '../../rules/no-leaked-overrides';
import { ruleTester } from '../rule-tester';

const inAfterEach = 'in afterEach (or in `finally`, `onTestFinished`, or with `using`)';
/** mocha files use its globals without importing them; the setting names the runner. */
const mocha = { 'async-test': { framework: 'mocha' } };

ruleTester.run('no-leaked-overrides: sinon', rule, {
  valid: [
    {
      name: 'sinon.restore() in afterEach',
      code: `import sinon from 'sinon';
import * as api from './api';
afterEach(() => {
  sinon.restore();
});
it('a', () => {
  sinon.stub(api, 'get').resolves([]);
  sinon.spy(console, 'log');
  sinon.replace(api, 'base', 'http://test');
  sinon.useFakeTimers();
});`,
    },
    {
      name: 'sinon.restore given to afterEach by reference',
      code: `const sinon = require('sinon');
const api = require('./api');
afterEach(sinon.restore);
it('a', () => { sinon.stub(api, 'get'); });`,
    },
    {
      name: 'a chained stub restored in finally',
      code: `import sinon from 'sinon';
import * as api from './api';
it('a', async () => {
  const get = sinon.stub(api, 'get').resolves([]);
  try {
    await load();
  } finally {
    get.restore();
  }
});`,
    },
    {
      name: 'a clock kept in a variable, restored in afterEach',
      code: `import sinon from 'sinon';
let clock;
beforeEach(() => { clock = sinon.useFakeTimers(); });
afterEach(() => { clock.restore(); });
it('a', () => {});`,
    },
    {
      name: 'mocha: a clock kept on this, restored in afterEach',
      code: `const sinon = require('sinon');
describe('s', function () {
  beforeEach(function () { this.clock = sinon.useFakeTimers(); });
  afterEach(function () { this.clock.restore(); });
  it('a', function () {});
});`,
    },
    {
      name: 'a sandbox made in beforeEach and restored in afterEach',
      code: `import sinon from 'sinon';
import fs from 'node:fs';
let sandbox;
beforeEach(() => { sandbox = sinon.createSandbox(); });
afterEach(() => { sandbox.restore(); });
it('a', () => { sandbox.stub(fs, 'readFileSync').returns('x'); });`,
    },
    {
      name: 'sandbox.verifyAndRestore() at the end of the test',
      code: `import sinon from 'sinon';
import * as api from './api';
const sandbox = sinon.createSandbox();
it('a', () => {
  sandbox.mock(api).expects('get').once();
  sandbox.verifyAndRestore();
});`,
    },
    {
      name: 'mock.verify() restores the mocked methods',
      code: `import sinon from 'sinon';
import * as api from './api';
it('a', () => {
  const mock = sinon.mock(api);
  mock.expects('get').once();
  mock.verify();
});`,
    },
    {
      name: 'free-standing doubles replace nothing',
      code: `import sinon from 'sinon';
it('a', () => {
  const callback = sinon.stub().returns(1);
  const listener = sinon.spy();
  const wrapped = sinon.spy(callback);
  const fake = sinon.fake.returns(2);
  const expectation = sinon.mock();
  run(callback, listener, wrapped, fake, expectation);
});`,
    },
    {
      name: 'a stub of an object made in the test dies with it',
      code: `import sinon from 'sinon';
it('a', () => {
  const service = { get() {} };
  sinon.stub(service);
});`,
    },
    {
      name: 'a named stub export is restored by sinon.restore()',
      code: `import sinon, { stub } from 'sinon';
import * as api from './api';
afterEach(() => sinon.restore());
it('a', () => { stub(api, 'get'); });`,
    },
    {
      name: 'jest isolates files: a file-level stub is meant for the whole file',
      code: `import { it } from '@jest/globals';
import sinon from 'sinon';
import * as api from './api';
sinon.stub(api, 'get');
it('a', () => {});`,
    },
  ],
  invalid: [
    {
      name: 'jest: a stub in a test, no hook yet: the fix adds afterEach with sinon.restore()',
      code: `import { it, expect } from '@jest/globals';
import sinon from 'sinon';
import * as api from './api';
it('a', async () => {
  sinon.stub(api, 'get').resolves([]);
  expect(await load()).toEqual([]);
});\nit('b', () => {});`,
      output: `import { it, expect, afterEach } from '@jest/globals';
import sinon from 'sinon';
import * as api from './api';
afterEach(() => {
  sinon.restore();
});
it('a', async () => {
  sinon.stub(api, 'get').resolves([]);
  expect(await load()).toEqual([]);
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 5, column: 3, data: { what: 'sinon stub', target: 'api.get', place: inAfterEach } }],
    },
    {
      name: 'mocha: fake timers in beforeEach: the fix adds the undo to the existing afterEach',
      code: `const sinon = require('sinon');
describe('s', () => {
  beforeEach(() => {
    sinon.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
  });
  it('a', () => {});
});`,
      output: `const sinon = require('sinon');
describe('s', () => {
  beforeEach(() => {
    sinon.useFakeTimers();
  });
  afterEach(() => {
    cleanup();
    sinon.restore();
  });
  it('a', () => {});
});`,
      settings: mocha,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'fake timers', target: 'sinon.useFakeTimers()', place: inAfterEach } }],
    },
    {
      name: 'sinon.restore() does not restore a sandbox: the fix restores the sandbox',
      code: `import sinon from 'sinon';
import fs from 'node:fs';
const sandbox = sinon.createSandbox();
afterEach(() => {
  sinon.restore();
});
it('a', () => {
  sandbox.stub(fs, 'readFileSync');
});`,
      output: `import sinon from 'sinon';
import fs from 'node:fs';
const sandbox = sinon.createSandbox();
afterEach(() => {
  sinon.restore();
  sandbox.restore();
});
it('a', () => {
  sandbox.stub(fs, 'readFileSync');
});`,
      settings: mocha,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 8, data: { what: 'sinon stub', target: 'fs.readFileSync', place: inAfterEach } }],
    },
    {
      name: 'a spy, a replaced property and a mock',
      code: `import sinon from 'sinon';
import * as api from './api';
afterEach(() => {});
it('a', () => {
  sinon.spy(console, 'warn');
  sinon.replaceGetter(api, 'token', () => 'x');
  sinon.mock(api).expects('get').once();
});`,
      output: `import sinon from 'sinon';
import * as api from './api';
afterEach(() => {
  sinon.restore();
});
it('a', () => {
  sinon.spy(console, 'warn');
  sinon.replaceGetter(api, 'token', () => 'x');
  sinon.mock(api).expects('get').once();
});`,
      errors: [
        { messageId: 'leaksIntoLaterFiles', line: 5, data: { what: 'sinon spy', target: 'console.warn', place: inAfterEach } },
        { messageId: 'leaksIntoLaterFiles', line: 6, data: { what: 'replaced property', target: 'api.token', place: inAfterEach } },
        { messageId: 'leaksIntoLaterFiles', line: 7, data: { what: 'sinon mock', target: 'sinon.mock(…)', place: inAfterEach } },
      ],
      settings: mocha,
    },
    {
      name: 'a named stub export: reported, no fix (the undo is sinon.restore())',
      code: `import { stub } from 'sinon';
import * as db from './db';
it('a', () => {
  stub(db, 'query');
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'sinon stub', target: 'db.query', place: inAfterEach } }],
    },
    {
      name: 'mocha: a clock on this, never restored',
      code: `const sinon = require('sinon');
describe('s', function () {
  beforeEach(function () { this.clock = sinon.useFakeTimers(); });
  it('a', function () {});
});`,
      output: `const sinon = require('sinon');
describe('s', function () {
  beforeEach(function () { this.clock = sinon.useFakeTimers(); });
  afterEach(() => {
    sinon.restore();
  });
  it('a', function () {});
});`,
      settings: mocha,
      errors: [{ messageId: 'leaks', line: 3, column: 41, data: { what: 'fake timers', target: 'sinon.useFakeTimers()', place: inAfterEach } }],
    },
    {
      name: 'vitest: a sinon stub kept in a const gets no `using` suggestion (it is not disposable)',
      code: `import { it } from 'vitest';
import sinon from 'sinon';
import * as api from './api';
it('a', () => {
  const get = sinon.stub(api, 'get');
  get.resolves([]);
});\nit('b', () => {});`,
      output: `import { it, afterEach } from 'vitest';
import sinon from 'sinon';
import * as api from './api';
afterEach(() => {
  sinon.restore();
});
it('a', () => {
  const get = sinon.stub(api, 'get');
  get.resolves([]);
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 5, suggestions: [] }],
    },
    {
      name: 'mocha: stubbed for each test, restored only in the file-level after hook',
      code: `import { beforeEach, after, it } from 'mocha';
import sinon from 'sinon';
import * as api from './api';
beforeEach(() => { sinon.stub(api, 'get'); });
after(() => { sinon.restore(); });
it('a', () => {});`,
      errors: [{ messageId: 'releasedTooLate', line: 4, data: { what: 'sinon stub', target: 'api.get' } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: nock', rule, {
  valid: [
    {
      name: 'nock.cleanAll given to afterEach',
      code: `import nock from 'nock';\nafterEach(nock.cleanAll);\nit('a', () => { nock('https://api.test').get('/').reply(200); });`,
    },
    {
      name: 'nock.cleanAll() in afterEach',
      code: `import nock from 'nock';\nafterEach(() => { nock.cleanAll(); });\nit('a', () => { nock('https://api.test').get('/').reply(200); });`,
    },
    {
      name: 'scope.done() asserts every interceptor was used',
      code: `import nock from 'nock';
it('a', async () => {
  const scope = nock('https://api.test').get('/users').reply(200, []);
  await listUsers();
  scope.done();
});`,
    },
    {
      name: 'disableNetConnect in before, enableNetConnect in after',
      code: `const nock = require('nock');
before(() => nock.disableNetConnect());
after(() => nock.enableNetConnect());
it('a', () => {});`,
    },
    {
      name: 'nock.restore() takes nock out of http',
      code: `import nock from 'nock';\nafterEach(() => nock.restore());\nit('a', () => { nock('https://api.test').get('/').reply(200); });`,
    },
  ],
  invalid: [
    {
      name: 'vitest: an interceptor in a test: the fix adds afterEach with nock.cleanAll()',
      code: `import { it, expect } from 'vitest';
import nock from 'nock';
it('lists users', async () => {
  nock('https://api.test').get('/users').reply(200, []);
  expect(await listUsers()).toEqual([]);
});\nit('b', () => {});`,
      output: `import { it, expect, afterEach } from 'vitest';
import nock from 'nock';
afterEach(() => {
  nock.cleanAll();
});
it('lists users', async () => {
  nock('https://api.test').get('/users').reply(200, []);
  expect(await listUsers()).toEqual([]);
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, column: 3, data: { what: 'nock interceptor', target: 'https://api.test', place: inAfterEach } }],
    },
    {
      name: 'jest: the network blocked in beforeAll: the fix adds afterAll',
      code: `import { describe, it, beforeAll } from '@jest/globals';
import nock from 'nock';
describe('s', () => {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  it('a', () => {});
});`,
      output: `import { describe, it, beforeAll, afterAll } from '@jest/globals';
import nock from 'nock';
describe('s', () => {
  beforeAll(() => {
    nock.disableNetConnect();
  });
  afterAll(() => {
    nock.enableNetConnect();
  });
  it('a', () => {});
});`,
      errors: [{ messageId: 'leaks', line: 5, data: { what: 'network block', target: 'nock.disableNetConnect()', place: 'in afterAll' } }],
    },
    {
      name: 'mocha: interceptors made for each test, cleaned only in the file-level after hook',
      code: `import { beforeEach, after, it } from 'mocha';
import nock from 'nock';
beforeEach(() => { nock('https://api.test').get('/').reply(200); });
after(() => nock.cleanAll());
it('a', () => {});`,
      errors: [{ messageId: 'releasedTooLate', line: 3, column: 20, data: { what: 'nock interceptor', target: 'https://api.test' } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: msw', rule, {
  valid: [
    {
      name: 'server.resetHandlers() in afterEach',
      code: `import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
const server = setupServer();
beforeAll(() => server.listen());
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
it('a', () => {
  server.use(http.get('/user', () => HttpResponse.json({ name: 'x' })));
});`,
    },
    {
      name: 'a server made in the test takes its handlers along',
      code: `import { setupServer } from 'msw/node';
it('a', () => {
  const server = setupServer();
  server.use(handler);
});`,
    },
    {
      name: 'a server made in beforeEach is fresh for every test',
      code: `import { setupServer, type SetupServerApi } from 'msw/node';
let server: SetupServerApi;
beforeEach(() => { server = setupServer(); server.listen(); });
afterEach(() => server.close());
it('a', () => { server.use(handler); });`,
    },
    {
      name: 'handlers for the whole file, closed in afterAll',
      code: `import { setupServer } from 'msw/node';
const server = setupServer();
beforeAll(() => { server.listen(); server.use(handler); });
afterAll(() => server.close());
it('a', () => {});`,
    },
    {
      name: 'node:test: handlers added inside server.boundary() end with it',
      code: `import { test } from 'node:test';
import { setupServer } from 'msw/node';
const server = setupServer();
test('a', server.boundary(async () => {
  server.use(handler);
}));`,
    },
    {
      name: 'msw/browser: worker.resetHandlers() in afterEach',
      code: `import { setupWorker } from 'msw/browser';
const worker = setupWorker();
afterEach(() => worker.resetHandlers());
it('a', () => { worker.use(handler); });`,
    },
  ],
  invalid: [
    {
      name: 'handlers added in a test, the server closed only in afterAll',
      code: `import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
const server = setupServer();
beforeAll(() => server.listen());
afterAll(() => server.close());
it('a', () => {
  server.use(http.get('/user', () => HttpResponse.error()));
});\nit('b', () => {});`,
      errors: [{ messageId: 'releasedTooLate', line: 7, column: 3, data: { what: 'request handler', target: 'server.use(…)' } }],
    },
    {
      name: 'jest: the fix resets the handlers in the existing afterEach',
      code: `import { describe, it, jest, afterEach } from '@jest/globals';
import { setupServer } from 'msw/node';
describe('s', () => {
  const server = setupServer();
  afterEach(() => {
    jest.clearAllMocks();
  });
  it('a', () => {
    server.use(handler);
  });
});\nit('b', () => {});`,
      output: `import { describe, it, jest, afterEach } from '@jest/globals';
import { setupServer } from 'msw/node';
describe('s', () => {
  const server = setupServer();
  afterEach(() => {
    jest.clearAllMocks();
    server.resetHandlers();
  });
  it('a', () => {
    server.use(handler);
  });
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 9, data: { what: 'request handler', target: 'server.use(…)', place: inAfterEach } }],
    },
    {
      name: 'a server shared by the suite, handlers added in beforeEach',
      code: `import { setupServer } from 'msw/node';
let server;
beforeAll(() => { server = setupServer(); });
beforeEach(() => { server.use(handler); });
it('a', () => {});`,
      output: `import { setupServer } from 'msw/node';
let server;
beforeAll(() => { server = setupServer(); });
beforeEach(() => { server.use(handler); });
afterEach(() => {
  server.resetHandlers();
});
it('a', () => {});`,
      settings: mocha,
      errors: [
        { messageId: 'leaksIntoLaterFiles', line: 4, column: 20, data: { what: 'request handler', target: 'server.use(…)', place: inAfterEach } },
      ],
    },
  ],
});

ruleTester.run('no-leaked-overrides: NestJS testing module overrides stay in the module', rule, {
  valid: [
    {
      name: 'overrideProvider, overrideGuard and overrideModule change only the module being built',
      code: `import { Test } from '@nestjs/testing';
let app;
beforeEach(async () => {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(UsersService)
    .useValue({ findAll: () => [] })
    .overrideGuard(AuthGuard)
    .useValue({ canActivate: () => true })
    .overrideInterceptor(LoggingInterceptor)
    .useClass(NoopInterceptor)
    .overridePipe(ValidationPipe)
    .useValue({})
    .overrideModule(DatabaseModule)
    .useModule(TestDatabaseModule)
    .compile();
  app = moduleRef.createNestApplication();
  await app.init();
});
afterEach(() => app.close());
it('a', () => {});`,
    },
  ],
  invalid: [],
});

ruleTester.run('no-leaked-overrides: tsyringe', rule, {
  valid: [
    {
      name: 'clearInstances() in afterEach undoes registered values',
      code: `import { container } from 'tsyringe';
afterEach(() => container.clearInstances());
it('a', () => {
  container.registerInstance(Mailer, fakeMailer);
  container.register('Clock', { useValue: fixedClock });
});`,
    },
    {
      name: 'reset() in afterEach',
      code: `import { container } from 'tsyringe';\nafterEach(() => { container.reset(); });\nit('a', () => { container.registerSingleton(Repo, FakeRepo); });`,
    },
    {
      name: 'a child container made in the test takes its registrations along',
      code: `import { container } from 'tsyringe';
it('a', () => {
  const child = container.createChildContainer();
  child.register('Clock', { useValue: fixedClock });
});`,
    },
  ],
  invalid: [
    {
      name: 'jest: an instance registered in a test: the fix adds clearInstances()',
      code: `import { it } from '@jest/globals';
import { container } from 'tsyringe';
it('a', () => {
  container.registerInstance(Mailer, fakeMailer);
});\nit('b', () => {});`,
      output: `import { it, afterEach } from '@jest/globals';
import { container } from 'tsyringe';
afterEach(() => {
  container.clearInstances();
});
it('a', () => {
  container.registerInstance(Mailer, fakeMailer);
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'registered instance', target: 'container.registerInstance(…)', place: inAfterEach } }],
    },
    {
      name: 'register(): reported without a fix (clearInstances() would keep a class registration)',
      code: `import { container } from 'tsyringe';
it('a', () => {
  container.register('Clock', { useClass: FixedClock });
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 3, data: { what: 'container registration', target: 'Clock', place: inAfterEach } }],
    },
    {
      name: 'mocha: one container for the whole process, registered at file level',
      code: `const { container } = require('tsyringe');
container.register('Clock', { useValue: fixedClock });
describe('s', () => { after(() => {}); it('a', () => {}); });`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 2, data: { what: 'container registration', target: 'Clock', place: 'in afterAll' } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: inversify', rule, {
  valid: [
    {
      name: 'snapshot in beforeEach, restore in afterEach',
      code: `import { Container } from 'inversify';
const container = new Container();
beforeEach(() => { container.snapshot(); container.rebind(Mailer).toConstantValue(fakeMailer); });
afterEach(() => { container.restore(); });
it('a', () => {});`,
    },
    {
      name: 'a container made in the test takes its bindings along',
      code: `import { Container } from 'inversify';\nit('a', () => {\n  const container = new Container();\n  container.snapshot();\n});`,
    },
  ],
  invalid: [
    {
      name: 'a snapshot never restored (mocha shares the container across files): the fix restores it in afterEach',
      code: `import { beforeEach, it } from 'mocha';
import { Container } from 'inversify';
const container = new Container();
beforeEach(() => {
  container.snapshot();
  container.rebind(Mailer).toConstantValue(fakeMailer);
});
it('a', () => {});`,
      output: `import { beforeEach, it, afterEach } from 'mocha';
import { Container } from 'inversify';
const container = new Container();
beforeEach(() => {
  container.snapshot();
  container.rebind(Mailer).toConstantValue(fakeMailer);
});
afterEach(() => {
  container.restore();
});
it('a', () => {});`,
      errors: [
        {
          messageId: 'leaksIntoLaterFiles',
          line: 5,
          data: { what: 'bindings changed after the snapshot', target: 'container.snapshot()', place: inAfterEach },
        },
      ],
    },
  ],
});

ruleTester.run('no-leaked-overrides: awilix', rule, {
  valid: [
    {
      name: 'a container made in the test takes its registrations along',
      code: `import { createContainer, asValue } from 'awilix';
it('a', () => {
  const container = createContainer();
  container.register({ mailer: asValue(fakeMailer) });
});`,
    },
    {
      name: 'a scope made in the test',
      code: `import { createContainer, asValue } from 'awilix';
const container = createContainer();
it('a', () => {
  const scope = container.createScope();
  scope.register({ mailer: asValue(fakeMailer) });
});`,
    },
    {
      name: 'a container made in beforeEach is fresh for every test',
      code: `import { createContainer, asValue } from 'awilix';
let container;
beforeEach(() => { container = createContainer(); });
it('a', () => { container.register({ mailer: asValue(fakeMailer) }); });`,
    },
    {
      name: 'the original registered again in afterEach',
      code: `import { createContainer, asValue, asClass } from 'awilix';
const container = createContainer();
afterEach(() => { container.register({ mailer: asClass(Mailer) }); });
it('a', () => { container.register({ mailer: asValue(fakeMailer) }); });`,
    },
    {
      name: 'mocha: registrations at file level on the file’s own container',
      code: `const { createContainer, asValue } = require('awilix');
const container = createContainer();
container.register({ mailer: asValue(fakeMailer) });
describe('s', () => { after(() => {}); it('a', () => {}); });`,
    },
  ],
  invalid: [
    {
      name: 'a shared container: dispose() keeps the registration',
      code: `import { createContainer, asValue } from 'awilix';
const container = createContainer();
afterEach(() => container.dispose());
it('a', () => {
  container.register({ mailer: asValue(fakeMailer) });
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 5, data: { what: 'container registration', target: 'container.register(…)', place: inAfterEach } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: bun:test', rule, {
  valid: [
    {
      name: 'mock.restore() in afterEach restores spyOn spies',
      code: `import { test, afterEach, mock, spyOn } from 'bun:test';
afterEach(() => { mock.restore(); });
test('a', () => { spyOn(Math, 'random').mockReturnValue(0.5); });`,
    },
    {
      name: 'jest.restoreAllMocks() in afterEach',
      code: `import { test, afterEach, jest, spyOn } from 'bun:test';
afterEach(() => jest.restoreAllMocks());
test('a', () => { jest.spyOn(console, 'error'); spyOn(Date, 'now'); });`,
    },
    {
      name: 'mockRestore() in finally, and using',
      code: `import { test, spyOn } from 'bun:test';
test('a', () => {
  const random = spyOn(Math, 'random').mockReturnValue(0.5);
  try { run(); } finally { random.mockRestore(); }
  using now = spyOn(Date, 'now');
});`,
    },
    {
      name: 'mock() makes a free-standing mock',
      code: `import { test, mock } from 'bun:test';\ntest('a', () => { const f = mock(() => 1); f(); });`,
    },
  ],
  invalid: [
    {
      name: 'spyOn in a test: reported, no fix (the undo is mock.restore())',
      code: `import { test, expect, spyOn } from 'bun:test';
test('a', () => {
  spyOn(Math, 'random').mockReturnValue(0.5);
  expect(roll()).toBe(4);
});`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 3, column: 3, data: { what: 'spy', target: 'Math.random', place: inAfterEach } }],
    },
    {
      name: 'jest.spyOn in a test: the fix adds afterEach with jest.restoreAllMocks()',
      code: `import { test, jest } from 'bun:test';
test('a', () => {
  jest.spyOn(console, 'error');
});`,
      output: `import { test, jest, afterEach } from 'bun:test';
afterEach(() => {
  jest.restoreAllMocks();
});
test('a', () => {
  jest.spyOn(console, 'error');
});`,
      errors: [{ messageId: 'leaksIntoLaterFiles', line: 3, data: { what: 'spy', target: 'console.error', place: inAfterEach } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: node:test module-level mock', rule, {
  valid: [
    {
      name: 't.mock is restored by the runner after each test',
      code: `import { test } from 'node:test';
import fs from 'node:fs';
test('a', (t) => {
  t.mock.method(fs, 'readFileSync', () => 'x');
  t.mock.getter(process, 'platform', () => 'win32');
  t.mock.timers.enable({ apis: ['Date'] });
  t.mock.fn();
});`,
    },
    {
      name: 'mock.restoreAll() and mock.reset() in afterEach',
      code: `import { test, afterEach, mock } from 'node:test';
import fs from 'node:fs';
afterEach(() => { mock.reset(); });
test('a', () => {
  mock.method(fs, 'readFileSync', () => 'x');
  mock.timers.enable({ apis: ['setTimeout'] });
});`,
    },
    {
      name: 'mock.restoreAll() in afterEach (its methods need their receiver: not by reference)',
      code: `import { test, afterEach, mock } from 'node:test';
afterEach(() => mock.restoreAll());
test('a', () => { mock.getter(process, 'platform', () => 'win32'); });`,
    },
    {
      name: 'the mock restored through its context in t.after',
      code: `import { test, mock } from 'node:test';
import fs from 'node:fs';
test('a', (t) => {
  const read = mock.method(fs, 'readFileSync', () => 'x');
  t.after(() => read.mock.restore());
});`,
    },
    {
      name: 'mock.timers.reset() in finally',
      code: `import { test, mock } from 'node:test';
test('a', () => {
  mock.timers.enable({ apis: ['Date'], now: 0 });
  try { check(); } finally { mock.timers.reset(); }
});`,
    },
    { name: 'mock.fn() replaces nothing', code: `import { test, mock } from 'node:test';\ntest('a', () => { const f = mock.fn(); f(); });` },
  ],
  invalid: [
    {
      name: 'mock.method in a test: the fix adds afterEach with mock.restoreAll()',
      code: `import { test, mock } from 'node:test';
import fs from 'node:fs';
test('a', () => {
  mock.method(fs, 'readFileSync', () => 'x');
});\ntest('b', () => {});`,
      output: `import { test, mock, afterEach } from 'node:test';
import fs from 'node:fs';
afterEach(() => {
  mock.restoreAll();
});
test('a', () => {
  mock.method(fs, 'readFileSync', () => 'x');
});\ntest('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'mock', target: 'fs.readFileSync', place: inAfterEach } }],
    },
    {
      name: 'mock.timers.enable in a test: the fix resets the timers in afterEach',
      code: `import { describe, it, afterEach, mock } from 'node:test';
describe('s', () => {
  afterEach(() => {});
  it('a', () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
  });
});\nit('b', () => {});`,
      output: `import { describe, it, afterEach, mock } from 'node:test';
describe('s', () => {
  afterEach(() => {
    mock.timers.reset();
  });
  it('a', () => {
    mock.timers.enable({ apis: ['Date'], now: 0 });
  });
});\nit('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 5, data: { what: 'mocked timers', target: 'mock.timers.enable(…)', place: inAfterEach } }],
    },
    {
      name: 'restoreAll() leaves the timers mocked',
      code: `import { test, afterEach, mock } from 'node:test';
afterEach(() => mock.restoreAll());
test('a', () => {
  mock.timers.enable({ apis: ['Date'] });
});\ntest('b', () => {});`,
      output: `import { test, afterEach, mock } from 'node:test';
afterEach(() => mock.restoreAll());
afterEach(() => {
  mock.timers.reset();
});
test('a', () => {
  mock.timers.enable({ apis: ['Date'] });
});\ntest('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 4, data: { what: 'mocked timers', target: 'mock.timers.enable(…)', place: inAfterEach } }],
    },
    {
      name: 'test.mock without a named import to extend: reported, no fix (node:test has no global afterEach)',
      code: `import test from 'node:test';
test('a', () => {
  test.mock.method(console, 'log');
});\ntest('b', () => {});`,
      errors: [{ messageId: 'leaks', line: 3, data: { what: 'mock', target: 'console.log', place: inAfterEach } }],
    },
  ],
});

ruleTester.run('no-leaked-overrides: release shapes the libraries rely on', rule, {
  valid: [
    {
      name: 'node:test: t.after registered before the patch (the shape of the save-and-restore suggestion)',
      code: `import { test } from 'node:test';
test('a', (t) => {
  const originalDateNow = Date.now;
  t.after(() => {
    Date.now = originalDateNow;
  });
  Date.now = () => 0;
});`,
    },
    {
      name: 'vitest: onTestFinished registered before the override',
      code: `import { it, vi, onTestFinished } from 'vitest';
it('a', () => {
  onTestFinished(() => vi.useRealTimers());
  vi.useFakeTimers();
});`,
    },
    {
      name: 'vitest: a spy configured in the same expression, restored in finally',
      code: `import { it, vi } from 'vitest';
it('a', () => {
  const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
  try { run(); } finally { random.mockRestore(); }
});`,
    },
    {
      name: 'jest: restoreAllMocks given to afterEach by reference',
      code: `import { it, jest, afterEach } from '@jest/globals';\nafterEach(jest.restoreAllMocks);\nit('a', () => { jest.spyOn(console, 'error'); });`,
    },
    {
      name: 'mocha: code in a callback nothing in the file runs as a test or hook',
      code: `const sinon = require('sinon');
const api = require('./api');
module.exports = function stubApi() { sinon.stub(api, 'get'); };
describe('s', () => { it('a', () => {}); });`,
      settings: mocha,
    },
  ],
  invalid: [],
});
