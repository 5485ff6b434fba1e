select c.* from conversation c where c.workspace_id = 'bench' and c.status = 'PENDING'
  and (c.last_item_at, c.id) < (now() - interval '20 days', 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
order by c.last_item_at desc, c.id desc limit 26;
