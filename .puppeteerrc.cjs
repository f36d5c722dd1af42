// Never download a browser: tests drive Debian's /usr/bin/chromium (see .ci/run).
module.exports = { skipDownload: true };
