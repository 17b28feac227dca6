#!/bin/sh
# Playwright's executablePath for a "laptop" of the LAN test bed (lan-testbed.ts):
# runs Chromium inside the network namespace named by ACCORD_NETNS.
set -e
: "${ACCORD_NETNS:?ACCORD_NETNS must name the laptop's network namespace}"
exec ip netns exec "$ACCORD_NETNS" "${ACCORD_CHROMIUM:-/usr/bin/chromium}" "$@"
