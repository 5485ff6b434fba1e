select c.* from conversation c where c.workspace_id = 'bench' and c.channel_id = 'channel-3'
  and c.sentiment = 'NEGATIVE' and c.priority = 'URGENT'
order by c.last_item_at desc, c.id desc limit 26;
