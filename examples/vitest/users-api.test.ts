import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { createUser, deleteUser, findUser } from '../src/users';

interface User {
  id: number;
  name: string;
}

const ada: User = { id: 1, name: 'Ada' };
const app = createApp();

describe('users API', () => {
  beforeAll(async () => {
    await createUser(ada);
  });

  afterAll(async () => {
    await deleteUser(1);
  });

  it('returns a user by id', () => {
    // The request is only sent when awaited: this test checks nothing and passes.
    request(app).get('/users/1').expect(200).expect('Content-Type', /json/);
  });

  it('answers 404 for an unknown user', async () => {
    const response = request(app).get('/users/999');
    expect(response).toBeDefined();
  });

  it('finds the user in the store', async () => {
    // `.resolves` makes the assertion a promise: the test ends before it runs.
    expect(findUser(1)).resolves.toMatchObject<Partial<User>>({ name: ada.name });
  });

  it('refuses a duplicate user', async () => {
    // `void` quiets no-floating-promises, and the assertion along with it.
    void expect(createUser(ada)).rejects.toThrow('duplicate');
  });

  it('lists the users', async () => {
    await request(app).get('/users').expect(200);
  });
});
