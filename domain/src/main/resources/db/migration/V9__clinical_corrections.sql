-- Clinical corrections (docs/clinical-rules.md). Runs as the schema owner, so it may rewrite rows
-- the application role can only insert.

-- PCL-5: a band code reaches the patient's own API, so it must be neutral. Version 1's upper band
-- was stored as PROBABLE_PTSD; it is now ABOVE_CUTOFF in pcl-5.v1.json and pcl-5.v2.json alike (a
-- band code is not instrument content: the items, answers and cut-off are unchanged).
update screener_response set band = 'ABOVE_CUTOFF' where instrument = 'PCL-5' and band = 'PROBABLE_PTSD';

-- WHO-5: a score a clinician recorded from elsewhere has no version and is read with the latest
-- definition, so it is banded again with version 2's bands (0–28 very low, 29–50 poor, 51–100
-- adequate): version 1 called a recorded 50 or 51 "poor" alike and had no band at 28. A patient's
-- own responses keep the version and band they were answered with.
update screener_response
set band = case when total <= 28 then 'VERY_LOW' when total <= 50 then 'POOR' else 'ADEQUATE' end
where instrument = 'WHO-5' and version is null and source = 'CLINICIAN';
