select c.* from conversation c where c.workspace_id = 'bench' and c.tags @> array[cast('vip' as text)]
order by c.last_item_at desc, c.id desc limit 26;
