# Helper fix31b, round 31.

# /import's check file captioned by what it holds: only rows added with a remark, or those and rows not added.
fix31b-imp-details-remarks = Rows that will be added, with remarks.
fix31b-imp-details-both = Rows that will not be added, with the reasons, and rows that will be added, with remarks.
