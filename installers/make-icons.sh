#!/usr/bin/env bash
# Draws the BlockTune icon (three layer blocks, the middle one being tuned on a slider) and
# derives the Windows .ico and macOS .icns from it. Needs ImageMagick and python3. The results
# are committed; run this only to change the icon.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

convert -size 256x256 xc:none \( -size 240x240 gradient:'#2f6fd6-#1a3a7a' \) -geometry +8+8 \
  -compose over -composite "$tmp/grad.png"
convert -size 256x256 xc:none -fill white -draw "roundrectangle 8,8 247,247 44,44" "$tmp/mask.png"
convert "$tmp/grad.png" "$tmp/mask.png" -compose DstIn -composite -stroke none \
  -fill '#ffffff' -draw "roundrectangle 44,52 164,84 10,10" \
  -fill '#ffd166' -draw "roundrectangle 44,112 184,144 10,10" \
  -fill '#ffffff' -draw "roundrectangle 44,172 144,204 10,10" \
  -stroke '#9fc0ff' -strokewidth 8 -draw "line 212,50 212,206" \
  -stroke none -fill '#ffd166' -draw "circle 212,128 212,146" \
  -fill '#1a3a7a' -draw "circle 212,128 212,136" \
  -strip PNG32:blocktune.png

convert blocktune.png -define icon:auto-resize=256,128,64,48,32,16 blocktune.ico

# .icns: the header, then PNG entries ic07 (128 px) and ic08 (256 px), lengths big-endian
convert blocktune.png -resize 128x128 -strip PNG32:"$tmp/128.png"
python3 - "$tmp/128.png" blocktune.png blocktune.icns <<'PY'
import struct, sys
entries = [(b"ic07", open(sys.argv[1], "rb").read()), (b"ic08", open(sys.argv[2], "rb").read())]
body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in entries)
open(sys.argv[3], "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
ls -l blocktune.png blocktune.ico blocktune.icns
