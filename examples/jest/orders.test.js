const { placeOrder, cancelOrder, listOrders } = require('../src/orders');

const baseUrl = 'http://localhost:3000';

describe('orders', () => {
  beforeEach(async () => {
    await fetch(`${baseUrl}/orders`, { method: 'DELETE' });
  });

  test('creates an order', async () => {
    // Not awaited: the test ends before the server answers, and a 500 is never seen.
    fetch(`${baseUrl}/orders`, { method: 'POST', body: JSON.stringify({ sku: 'A-1' }) });
    expect(await listOrders()).toHaveLength(1);
  });

  test('cancels every open order', async () => {
    const orders = await listOrders();
    // forEach does not wait for an async callback: the assertions run after the test has passed.
    orders.forEach(async (order) => {
      const cancelled = await cancelOrder(order.id);
      expect(cancelled.status).toBe('cancelled');
    });
  });

  test('places several orders at once', async () => {
    const skus = ['A-1', 'B-2', 'C-3'];
    skus.map(async (sku) => placeOrder({ sku }));
    expect(await listOrders()).toHaveLength(3);
  });

  test('rejects an order without a sku', async () => {
    await expect(placeOrder({})).rejects.toThrow('sku is required');
  });

  test('the order service answers', async () => {
    const ready = fetch(`${baseUrl}/health`);
    expect(ready).toBeTruthy();
  });
});
