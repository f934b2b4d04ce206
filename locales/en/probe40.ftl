## probe40 (session 40)

# /import: an Excel file within the size limit whose table, unpacked, is far larger than a real list (a "zip bomb", or
# a table with very much in it). src/domain/import/zip-size.ts.
imp-file-unpacks-too-large = The table in this file is too big. Split it into parts and send them one at a time.
