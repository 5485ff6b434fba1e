select c.* from conversation c where c.workspace_id = 'bench' and c.status = 'OPEN' and c.assignee_id = 'user-agent7'
order by c.last_item_at desc, c.id desc limit 26;
