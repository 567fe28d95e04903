import { outcomes, type LibraryKnowledge } from '../types';

const verbs = ['get', 'post', 'put', 'patch', 'delete', 'del', 'head', 'options', 'trace'] as const;
const requestsByVerb = outcomes('Request', verbs);

/**
 * supertest and superagent: a request chain is a thenable that is sent only when awaited, `.then`-ed or `.end()`-ed;
 * with a callback (`.end(cb)`, `.expect(200, cb)`) it is callback style and returns no promise. A lone function given
 * to `.expect` is an assertion on the response (`.expect((res) => …)`), and the chain stays a thenable.
 */
export const supertest = {
  name: 'supertest',
  modules: ['supertest', 'superagent'],
  moduleObject: 'Supertest',
  exports: { default: 'Supertest', agent: 'AgentFactory' },
  kinds: {
    Supertest: { call: 'Agent', methods: { ...requestsByVerb, agent: 'Agent' } },
    AgentFactory: { call: 'Agent' },
    Agent: { methods: requestsByVerb, otherMethods: 'Agent' },
    Request: {
      thenable: 'promise',
      callbackStyle: true,
      functionAssertions: ['expect'],
      httpClient: true,
      methods: { end: 'value' },
      otherMethods: 'Request',
    },
  },
} as const satisfies LibraryKnowledge;
