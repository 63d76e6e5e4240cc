// Preloaded into a finsam child (node -r) by the tests: writes the process's peak RSS in kB
// to the file named by FINSAM_TEST_RSS_FILE when it exits.
const fs = require("fs");
process.on("exit", () => {
  if (process.env.FINSAM_TEST_RSS_FILE) fs.writeFileSync(process.env.FINSAM_TEST_RSS_FILE, String(process.resourceUsage().maxRSS));
});
