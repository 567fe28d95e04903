const chai = require('chai');
const chaiAsPromised = require('chai-as-promised');
const { login, logout, refreshToken } = require('../src/auth');

chai.use(chaiAsPromised);
const { expect } = chai;

describe('auth', function () {
  let session;

  beforeEach(async function () {
    session = await login('ada', 'correct horse');
  });

  afterEach(async function () {
    await logout(session);
  });

  it('logs in with the right password', function () {
    // chai-as-promised: `.eventually` makes the assertion a promise, which mocha never sees.
    expect(login('ada', 'correct horse')).to.eventually.have.property('token');
  });

  it('refuses a wrong password', async function () {
    expect(login('ada', 'wrong')).to.be.rejectedWith('invalid credentials');
  });

  it('refreshes the token', function () {
    // Returning the assertion hands it to mocha: this one is right.
    return expect(refreshToken(session)).to.eventually.not.equal(session.token);
  });

  it('logs out', async function () {
    await logout(session);
    expect(refreshToken(session)).to.be.rejected;
  });
});
