#!/usr/bin/env bash
# Installs the browsers the demo and the end-to-end tests drive, from Debian's packages, when
# they are missing: chromium (+ chromium-l10n, so the UI can be French), firefox-esr, and the
# fonts that the screenshots need. Idempotent and quiet when everything is there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -e /usr/lib/chromium/locales/fr.pak ] || need+=(chromium-l10n)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ -e /usr/lib/firefox-esr/browser/extensions/langpack-fr@firefox-esr.mozilla.org.xpi ] || need+=(firefox-esr-l10n-fr)
fc-list 2>/dev/null | grep -qi 'Noto Color Emoji' || need+=(fonts-noto-color-emoji)
[ ${#need[@]} -eq 0 ] && exit 0
echo "ensure-browsers: installing ${need[*]} (Debian packages)" >&2
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
