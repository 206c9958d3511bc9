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

-- Flag evidence remembers which family of rules found it, so a flag type that both the journal
-- and a screener raise is named by what actually fired: FUNCTIONAL_IMPACT from the PHQ-9
-- difficulty answer alone is "Daily life affected (PHQ-9 difficulty)", not numbness. The engine
-- sets it; null is the daily disengagement check, which is neither.
alter table flag_evidence add column source varchar(16) check (source in ('JOURNAL', 'SCREENER'));

-- Back-fill from what wrote each row: the screener rules' sentences start with the instrument
-- ("PHQ-9 difficulty: …", "PHQ-9 item 2 …", "PHQ-9 safety answer: …", "GAD-7 11 on …"); SAFETY and
-- WORSENING come only from screeners; DISENGAGED from the daily check (left null); the rest are
-- the journal rules'.
update flag_evidence e set source = case
        when f.type in ('SAFETY', 'WORSENING') then 'SCREENER'
        when f.type = 'DISENGAGED' then null
        when e.summary like 'PHQ-9%' or e.summary like 'GAD-7%' then 'SCREENER'
        else 'JOURNAL' end
from flag f
where f.id = e.flag_id;

-- The dashboard asks, per FUNCTIONAL_IMPACT flag, whether any journal evidence is on it: one
-- probe of this index however much evidence the flag gathered.
create index flag_evidence_journal on flag_evidence (flag_id) where source = 'JOURNAL';
