import { describe, expect, it } from "vitest";
import { profilePagePath } from "./profile-page-path";

const rewrite = (url: string) => {
  const { pathname, searchParams } = new URL(url, "http://archive.test");
  return profilePagePath(pathname, searchParams);
};

describe("later pages of a profile's articles as paths", () => {
  it("moves ?page=n of an official, topic or journalist into the path", () => {
    expect(rewrite("/officials/%E7%AB%A0%E6%97%AD%E5%8D%87?page=3")).toBe("/officials/%E7%AB%A0%E6%97%AD%E5%8D%87/p/3");
    expect(rewrite("/topics/epidemic-control?page=2")).toBe("/topics/epidemic-control/p/2");
    expect(rewrite("/reporters/x?page=12&utm=1")).toBe("/reporters/x/p/12");
  });

  it("leaves page 1, invalid pages and other paths alone", () => {
    for (const url of ["/officials/x", "/officials/x?page=1", "/officials/x?page=0", "/officials/x?page=abc", "/officials/x?page=-2", "/officials?page=2", "/officials/x/p/2?page=3", "/?page=2"]) {
      expect(rewrite(url)).toBeNull();
    }
  });
});
