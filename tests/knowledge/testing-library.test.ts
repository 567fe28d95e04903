import { describe, expect, it } from 'vitest';
import { resolve } from './helpers';

describe('testing-library', () => {
  it.each([
    ['screen', 'testing-library.Queries', '@testing-library/react', 'screen', []],
    ['screen.findByText(t)', 'promise', '@testing-library/react', 'screen', ['.findByText()']],
    ['screen.findAllByRole(r)', 'promise', '@testing-library/dom', 'screen', ['.findAllByRole()']],
    ['screen.getByText(t) stays synchronous', 'value', '@testing-library/react', 'screen', ['.getByText()']],
    ['screen.queryByTestId(id) stays synchronous', 'value', '@testing-library/vue', 'screen', ['.queryByTestId()']],
    ['render(<App />)', 'testing-library.Queries', '@testing-library/react', 'render', ['()']],
    ['render(<App />).findByLabelText(l)', 'promise', '@testing-library/react', 'render', ['()', '.findByLabelText()']],
    ['within(el).findByTitle(t)', 'promise', '@testing-library/dom', 'within', ['()', '.findByTitle()']],
    ['within(el).getByRole(r) stays synchronous', 'value', '@testing-library/dom', 'within', ['()', '.getByRole()']],
    ['waitFor(fn)', 'promise', '@testing-library/react', 'waitFor', ['()']],
    ['waitForElementToBeRemoved(el)', 'promise', '@testing-library/svelte', 'waitForElementToBeRemoved', ['()']],
    ['import { findByText }; findByText(container, t)', 'promise', '@testing-library/dom', 'findByText', ['()']],
    ['import { getByText } is not described', undefined, '@testing-library/dom', 'getByText', []],
    ['fireEvent is not described', undefined, '@testing-library/react', 'fireEvent', []],
  ] as const)('%s gives %s', (_code, gives, module, name, path) => {
    expect(resolve(module, name, path)).toBe(gives);
  });
});

describe('user-event', () => {
  it.each([
    ['import userEvent (default)', 'user-event.UserEvent', 'default', []],
    ['import { userEvent }', 'user-event.UserEvent', 'userEvent', []],
    ['userEvent.click(el)', 'promise', 'default', ['.click()']],
    ['userEvent.type(el, text)', 'promise', 'default', ['.type()']],
    ['userEvent.setup()', 'user-event.Session', 'default', ['.setup()']],
    ['userEvent.setup().click(el)', 'promise', 'default', ['.setup()', '.click()']],
    ['userEvent.setup().keyboard(keys)', 'promise', 'userEvent', ['.setup()', '.keyboard()']],
  ] as const)('%s gives %s', (_code, gives, name, path) => {
    expect(resolve('@testing-library/user-event', name, path)).toBe(gives);
  });
});
