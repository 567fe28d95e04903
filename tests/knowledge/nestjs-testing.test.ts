import { describe, expect, it } from 'vitest';
import { kindAt, overrideOf, resolve, typed } from './helpers';

const builder = ['.createTestingModule()'];
const compiled = [...builder, '.compile()', 'await'];
const app = [...compiled, '.createNestApplication()'];

describe('@nestjs/testing', () => {
  it.each([
    ['Test.createTestingModule(meta)', '@nestjs/testing.Builder', builder],
    ['builder.overrideProvider(X)', '@nestjs/testing.OverrideBy', [...builder, '.overrideProvider()']],
    ['builder.overrideGuard(X).useValue(v)', '@nestjs/testing.Builder', [...builder, '.overrideGuard()', '.useValue()']],
    ['builder.overrideModule(M).useModule(N)', '@nestjs/testing.Builder', [...builder, '.overrideModule()', '.useModule()']],
    ['builder.compile()', 'promise<@nestjs/testing.TestingModule>', [...builder, '.compile()']],
    ['await builder.compile()', '@nestjs/testing.TestingModule', compiled],
    ['module.get(X) stays synchronous', 'value', [...compiled, '.get()']],
    ['module.resolve(X)', 'promise', [...compiled, '.resolve()']],
    ['module.close()', 'promise', [...compiled, '.close()']],
    ['module.createNestApplication()', '@nestjs/testing.App', app],
    ['module.createNestMicroservice(opts)', '@nestjs/testing.App', [...compiled, '.createNestMicroservice()']],
    ['app.init()', 'promise', [...app, '.init()']],
    ['app.listen(port)', 'promise', [...app, '.listen()']],
    ['app.close()', 'promise', [...app, '.close()']],
    ['app.getHttpServer() stays synchronous', 'value', [...app, '.getHttpServer()']],
    ['app.use(mw) is not described', undefined, [...app, '.use()']],
  ] as const)('%s gives %s', (_code, gives, path) => {
    expect(resolve('@nestjs/testing', 'Test', path)).toBe(gives);
  });

  it.each([
    ['a compiled module (made from mocked providers, it holds nothing)', undefined, compiled],
    ['an app', ['close'], app],
  ] as const)('%s is a resource closed by %o', (_code, closes, path) => {
    expect(kindAt('@nestjs/testing', 'Test', path)?.spec.resource?.closes).toEqual(closes);
  });

  it('an override is recorded in the builder and applied to its own module: nothing global to undo', () => {
    expect(overrideOf(kindAt('@nestjs/testing', 'Test', builder), 'overrideProvider')).toBe(undefined);
  });

  it.each([
    ['TestingModule', '@nestjs/testing.TestingModule'],
    ['TestingModuleBuilder', '@nestjs/testing.Builder'],
  ] as const)('a value annotated %s is %s', (type, kind) => {
    expect(typed('@nestjs/testing', type)?.id).toBe(kind);
  });
});
