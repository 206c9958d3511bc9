-- A client key per submission, so a retried POST of the same response is one response, not two.
alter table screener_response add column idempotency_key varchar(100);
create unique index screener_response_once_per_key on screener_response (patient_id, idempotency_key)
    where idempotency_key is not null;
