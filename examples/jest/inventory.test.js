// jest rejects an async suite callback (the whole file fails to run), and `done` is misused three ways below.
import { beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { app } from '../src/app.js';
import { connectInventory } from '../src/inventory.js';

describe('inventory', async () => {
  const inventory = await connectInventory();

  it('counts the stock', async () => {
    expect(await inventory.count('apples')).toBe(12);
  });
});

describe('inventory API', () => {
  beforeAll(() => {});

  it('answers 200', (done) => {
    request(app).get('/inventory').expect(200, done());
  });

  it('finds an item', (done) => {
    connectInventory().then((inventory) => {
      expect(inventory.has('pears')).toBe(true);
      done();
    });
  });

  it('waits for nothing', (done) => {
    expect(app).toBeDefined();
  });
});
