#!/bin/sh
# The app image's entry point: Payara Micro with Thaw's wars, in the data grid THAW_CLUSTER_MODE
# names (docs/operations.md, "The production data grid"):
#   tcpip:thaw-1:6900,thaw-2:6900      every instance listed (compose.yaml)
#   dns:thaw-grid:6900                 a DNS name that resolves to every instance
#   kubernetes:<namespace>,<service>   the pods behind a Service, found through the Kubernetes API
#   none                               one instance alone: a data grid of one, on loopback only
# Anything else stops the start: multicast discovery is never used.
set -eu

grid_jvm=
case "${THAW_CLUSTER_MODE:-}" in
    tcpip:?* | dns:?* | kubernetes:?*)
        set -- --clustername thaw --clustermode "$THAW_CLUSTER_MODE" --startport 6900
        ;;
    none)
        # --nocluster would still listen on every interface: a grid of one listed on loopback,
        # and Hazelcast told to bind that address only
        set -- --clustername thaw --clustermode tcpip:127.0.0.1:6900 --startport 6900 --interfaces 127.0.0.1 --nohostaware
        grid_jvm=-Dhazelcast.socket.bind.any=false
        ;;
    *)
        echo "THAW_CLUSTER_MODE must be tcpip:<host>:<port>,..., dns:<name>:<port>," \
            "kubernetes:<namespace>,<service> or none; it is '${THAW_CLUSTER_MODE:-}'" >&2
        exit 2
        ;;
esac

# JAVA_OPTS is split into its words on purpose
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:-} $grid_jvm -jar /opt/thaw/payara-micro.jar "$@" \
    --rootdir /opt/thaw/root --port 8080 --prebootcommandfile /opt/thaw/preboot.txt \
    --deploy /opt/thaw/portal.war --deploy /opt/thaw/clinician.war --deploy /opt/thaw/ROOT.war
