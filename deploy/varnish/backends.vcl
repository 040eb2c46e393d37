# The replicas Varnish spreads misses over: one `backend` each, checked every few seconds
# on /healthz; a replica that stops answering is left out until it answers again.
# scripts/scale-out writes its own copy of this file with the ports it chose.

backend replica1 {
    .host = "127.0.0.1";
    .port = "3001";
    .probe = { .url = "/healthz"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}

backend replica2 {
    .host = "127.0.0.1";
    .port = "3002";
    .probe = { .url = "/healthz"; .interval = 2s; .timeout = 1s; .window = 3; .threshold = 2; }
}

sub vcl_init {
    new replicas = directors.round_robin();
    replicas.add_backend(replica1);
    replicas.add_backend(replica2);
}
