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

  it('returns a user by id', async () => {
    await request(app).get('/users/1').expect(200).expect('Content-Type', /json/);
  });

  it('answers 404 for an unknown user', async () => {
    const response = await request(app).get('/users/999');
    expect(response.status).toBe(404);
  });

  it('finds the user in the store', async () => {
    await expect(findUser(1)).resolves.toMatchObject<Partial<User>>({ name: ada.name });
  });

  it('refuses a duplicate user', async () => {
    await expect(createUser(ada)).rejects.toThrow('duplicate');
  });

  it('lists the users', () => {
    // Returning the request is as good as awaiting it.
    return request(app).get('/users').expect(200);
  });
});
