select c.* from conversation c where c.workspace_id = 'bench' and c.status <> 'CLOSED'
  and ((c.first_response_at is null and c.first_response_due_at <= now()) is true or (c.resolution_due_at <= now()) is true)
order by c.last_item_at desc, c.id desc limit 26;
