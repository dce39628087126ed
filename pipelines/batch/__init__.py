"""Running a batch: which PDFs, the options, the cache, worker processes (local pool or Dask),
progress, the run's lock and the libraries' logs.
"""
