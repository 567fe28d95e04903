import { expect, test, type Page } from '@playwright/test';

async function fillCredentials(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
}

test.describe('login', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/login');
  });

  test('signs in with valid credentials', async ({ page }) => {
    await fillCredentials(page, 'ada@example.com', 'correct horse');
    // Not awaited: the click races the next line, and can land after the test has ended.
    page.click('button[type=submit]');
    // A web-first assertion is a promise that retries; without await it never fails the test.
    expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  });

  test('shows an error for a wrong password', async ({ page }) => {
    fillCredentials(page, 'ada@example.com', 'wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText('Invalid email or password');
  });

  test('remembers the user', async ({ page, context }) => {
    await fillCredentials(page, 'ada@example.com', 'correct horse');
    await page.getByLabel('Remember me').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    const cookies = context.cookies();
    expect(cookies).toContainEqual(expect.objectContaining({ name: 'session' }));
  });
});
