import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Cart } from '../src/Cart';

const items = [
  { sku: 'A-1', name: 'Teapot', price: 30 },
  { sku: 'B-2', name: 'Cup', price: 8 },
];

describe('<Cart />', () => {
  test('adds an item', async () => {
    const user = userEvent.setup();
    render(<Cart items={items} />);
    // user-event v14 interactions return promises: the click may land after the assertion.
    user.click(screen.getByRole('button', { name: 'Add Teapot' }));
    expect(screen.getByText('1 item')).toBeInTheDocument();
  });

  test('shows the total after checkout', async () => {
    const user = userEvent.setup();
    render(<Cart items={items} />);
    await user.click(screen.getByRole('button', { name: 'Checkout' }));
    // findBy* waits for the element; without await, the test ends before it is found (or not).
    screen.findByText('Total: 38 €');
  });

  test('removes an item', async () => {
    const user = userEvent.setup();
    render(<Cart items={items} />);
    await user.click(screen.getByRole('button', { name: 'Remove Cup' }));
    expect(await screen.findByText('1 item')).toBeInTheDocument();
  });
});
