import { signIn } from "../fixtures/admin";
import { expect, test } from "../fixtures/admin-test";

test("anonymous visitors to the admin are sent to sign-in", async ({ page }) => {
  for (const path of ["/admin", "/admin/articles/1", "/admin/articles/1/history", "/admin/import", "/admin/users", "/admin/audit", "/admin/officials", "/admin/officials/1", "/admin/topics", "/admin/topics/epidemic-control"]) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/admin\/login$/);
  }
  await expect(page.getByRole("heading", { name: "编辑登录" })).toBeVisible();
});

test("a wrong password and an unknown e-mail get the same answer", async ({ page, data }) => {
  const user = await data.createUser();
  const unknown = `nobody-${user.id}@example.com`;
  try {
    await page.goto("/admin/login");
    await page.getByLabel("邮箱").fill(user.email);
    await page.getByLabel("密码").fill("not the password at all");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "错误" })).toHaveText("错误的邮箱或密码");
    await expect(page.getByLabel("邮箱")).toHaveValue(user.email);

    await page.getByLabel("邮箱").fill(unknown);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "错误" })).toHaveText("错误的邮箱或密码");
    await expect(page).toHaveURL(/\/admin\/login$/);
  } finally {
    await data.forgetLoginAttempts([user.email, unknown]);
  }
});

test("signing out ends the session", async ({ page, data }) => {
  await signIn(page, await data.createUser());
  const cookies = await page.context().cookies();
  expect(cookies.find((cookie) => cookie.name === "yk_session")).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/", secure: true });
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/admin\/login$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/login$/);
});

test("the admin gets a nonce-based CSP, reader pages a static one, both unframeable", async ({ request }) => {
  const admin = await request.get("/admin/login");
  const adminCsp = admin.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(adminCsp)?.[1];
  expect(nonce).toBeTruthy();
  expect(adminCsp).toContain("frame-ancestors 'none'");
  expect(adminCsp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const html = await admin.text();
  const scriptNonces = [...html.matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((match) => match[1]);
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const home = await request.get("/");
  const headers = home.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(admin.headers()["x-content-type-options"]).toBe("nosniff");
});

test("admin API: anonymous calls go to sign-in, cross-site writes are refused", async ({ request }) => {
  const anonymous = await request.get("/api/admin/officials?q=%E7%AB%A0", { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  expect(anonymous.headers()["location"]).toMatch(/\/admin\/login$/);
  const crossSite = await request.post("/api/admin/officials", { headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);
});
