"""Reports: computed as plain data (model.ReportDocument) first, rendered second.
Renderers never query the database."""
