#!/usr/bin/env python3
"""Writes the decoding test fixtures (Tests/ZhTextTests/Fixtures/encoding/) from sentences written for ZhText.
Run from the package root: python3 Scripts/make_encoding_fixtures.py"""
import os

OUT = 'Tests/ZhTextTests/Fixtures/encoding'
SIMPLIFIED = ('春天到了，市图书馆延长了开放时间。馆长说，今年新增的阅读空间将向周边社区开放，'
              '欢迎居民带孩子来读书、借书。读者可以通过手机预约座位，每人每天限借五本。\n')
TRADITIONAL = ('春天到了，市圖書館延長了開放時間。館長說，今年新增的閱讀空間將向周邊社區開放，'
               '歡迎居民帶孩子來讀書、借書。讀者可以透過手機預約座位，每人每天限借五本。\n')
HTML = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '<title>图书馆延长开放时间</title></head><body><p>{body}</p></body></html>\n')

os.makedirs(OUT, exist_ok=True)
def write(name, data):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)

write('simplified.gb18030.txt', SIMPLIFIED.encode('gb18030'))
write('simplified.gbk.html', HTML.format(charset='gbk', body=SIMPLIFIED.strip()).encode('gbk'))
write('traditional.big5.txt', TRADITIONAL.encode('big5'))
write('simplified.utf16le-bom.txt', b'\xff\xfe' + SIMPLIFIED.encode('utf-16-le'))
write('simplified.utf16be-bom.txt', b'\xfe\xff' + SIMPLIFIED.encode('utf-16-be'))
write('simplified.utf16le-nobom.txt', SIMPLIFIED.encode('utf-16-le'))
write('simplified.utf8-bom.txt', b'\xef\xbb\xbf' + SIMPLIFIED.encode('utf-8'))
# Declared gb2312, really UTF-8: the declaration is wrong and must lose.
write('misdeclared-gb2312-is-utf8.html', HTML.format(charset='gb2312', body=SIMPLIFIED.strip()).encode('utf-8'))
# Declared UTF-8, really GBK.
write('misdeclared-utf8-is-gbk.html', HTML.format(charset='utf-8', body=SIMPLIFIED.strip()).encode('gbk'))
# Mostly UTF-8 with two stray bytes.
utf8 = SIMPLIFIED.encode('utf-8')
write('utf8-two-bad-bytes.txt', utf8[:30] + b'\xff' + utf8[30:60] + b'\xfe' + utf8[60:])
# CRLF line endings.
write('crlf.txt', SIMPLIFIED.replace('\n', '\r\n').encode('utf-8') * 2)
# Not text: a small PNG-like header with NUL bytes.
write('binary.bin.txt', bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]) + bytes(range(256)) * 4)
write('empty.txt', b'')
