import { outcomes, type LibraryKnowledge } from '../types';

const queryTargets = ['Role', 'LabelText', 'PlaceholderText', 'Text', 'DisplayValue', 'AltText', 'Title', 'TestId'];
/** `findBy*`/`findAllBy*` wait for the element and return a promise; `getBy*`/`queryBy*` are synchronous. */
const asyncQueries = outcomes(
  'promise',
  queryTargets.flatMap((target) => [`findBy${target}`, `findAllBy${target}`]),
);

/** Testing Library (DOM and its framework bindings) and user-event v14, whose every interaction returns a promise. */
export const testingLibrary = {
  name: 'testing-library',
  modules: [
    '@testing-library/dom',
    '@testing-library/react',
    '@testing-library/vue',
    '@testing-library/svelte',
    '@testing-library/preact',
    '@testing-library/solid',
    '@testing-library/react-native',
  ],
  exports: {
    screen: 'Queries',
    within: 'Within',
    render: 'Render',
    waitFor: 'AsyncFunction',
    waitForElementToBeRemoved: 'AsyncFunction',
    ...outcomes('AsyncFunction', Object.keys(asyncQueries)),
  },
  kinds: {
    Queries: { methods: asyncQueries, otherMethods: 'value' },
    Within: { call: 'Queries' },
    Render: { call: 'Queries' },
    AsyncFunction: { call: 'promise' },
  },
} as const satisfies LibraryKnowledge;

export const userEvent = {
  name: 'user-event',
  modules: ['@testing-library/user-event'],
  exports: { default: 'UserEvent', userEvent: 'UserEvent' },
  kinds: {
    UserEvent: { methods: { setup: 'Session' }, otherMethods: 'promise' },
    Session: { otherMethods: 'promise' },
  },
} as const satisfies LibraryKnowledge;
