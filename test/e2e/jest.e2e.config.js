/** Browser tests: the built dist/ served on localhost, driven in Debian's chromium with the Excel simulator in place of office.js. */
module.exports = {
  rootDir: "../..",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: { "^.+\\.ts$": "ts-jest" },
  globalSetup: "<rootDir>/test/e2e/support/global-setup.js",
  testTimeout: 120000,
  maxWorkers: 1,
  reporters: ["default", "<rootDir>/test/support/summary-reporter.js"],
};
