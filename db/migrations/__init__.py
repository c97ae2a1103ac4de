"""The numbered schema migrations, NNNN_name.sql (see app/migrations.py)."""
