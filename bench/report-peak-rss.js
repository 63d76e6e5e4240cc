// Preloaded into a measured child process (node -r): writes its peak RSS in MB to the
// file named by FINSAM_BENCH_RSS_FILE when it exits.
const fs = require("fs");
process.on("exit", () => {
  const file = process.env.FINSAM_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS / 1024));
});
