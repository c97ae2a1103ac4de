"""Not code: makes db/migrations/*.sql package data (app/migrations.py reads them with
importlib.resources), so that a wheel and the bundle carry them."""
