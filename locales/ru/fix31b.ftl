# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
fix31b-imp-details-remarks = Строки, которые будут добавлены, с замечаниями.
fix31b-imp-details-both = Строки, которые не будут добавлены, с причинами, и строки, которые будут добавлены, с замечаниями.
