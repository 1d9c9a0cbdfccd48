import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Kernel tests share interfaces, netns names and bpffs mounts per file; files run in parallel
    // processes but each test file cleans up after itself.
    pool: "forks",
  },
});
