import { outcomes, type LibraryKnowledge } from '../types';

const overrides = ['overrideProvider', 'overrideGuard', 'overrideInterceptor', 'overridePipe', 'overrideFilter'] as const;

/**
 * @nestjs/testing: `Test.createTestingModule(...)` returns a builder; `overrideProvider(X).useValue(v)` (and the guard,
 * interceptor, pipe, filter and module variants) records the replacement in that builder, and `compile()` applies it
 * to the new module's own container. Nothing global changes, so a NestJS override cannot leak into another test and
 * declares no override here; what a test must undo is the compiled module or the app it creates (`close()`), an open
 * handle. Only the app is known as one: a module compiled from mocked providers (the unit spec the Nest CLI writes
 * for every class, never closed) holds nothing, and which modules open connections cannot be told from the test.
 */
export const nestjsTesting = {
  name: '@nestjs/testing',
  modules: ['@nestjs/testing'],
  exports: { Test: 'Test' },
  types: { TestingModule: 'TestingModule', TestingModuleBuilder: 'Builder' },
  kinds: {
    Test: { methods: { createTestingModule: 'Builder' } },
    Builder: {
      methods: { ...outcomes('OverrideBy', overrides), overrideModule: 'OverrideModule', compile: 'promise<TestingModule>' },
      otherMethods: 'Builder',
    },
    OverrideBy: { otherMethods: 'Builder' },
    OverrideModule: { otherMethods: 'Builder' },
    TestingModule: {
      methods: { createNestApplication: 'App', createNestMicroservice: 'App', init: 'promise', close: 'promise', resolve: 'promise', get: 'value' },
    },
    App: {
      resource: { description: 'NestJS application', closes: ['close'] },
      methods: { init: 'promise', listen: 'promise', close: 'promise', startAllMicroservices: 'promise', getHttpServer: 'value' },
    },
  },
} as const satisfies LibraryKnowledge;
