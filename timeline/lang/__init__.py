"""Language data: word tables and pattern pieces, apart from code."""
