"""The HTTP API and the map page: a thin layer over frontwire.store.

Modules: app (create_app: routes, static files, error bodies), params (the shared query
parameters), reading (the GET endpoints), writing (POST /api/articles), convert (store records ->
response bodies), schemas (the bodies), security (headers, CORS, the write token). static/ holds
the page, which uses only this JSON API.
"""
