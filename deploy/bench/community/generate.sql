-- Bench data: 1,000,000 items in 250,000 conversations of workspace 'bench', plus 100,000 items of 'other'.
-- Values cycle so every filter of the inbox list has matches; item text mixes English and Indonesian words
-- from a small common vocabulary with a long tail of rare tokens, as real text does.
\set ON_ERROR_STOP on
create temporary table vocabulary (n int primary key, word text not null);
insert into vocabulary
select row_number() over () - 1, w from unnest(string_to_array(
  'order delivery late refund broken thanks great love support account password login shipping package price '
  || 'discount store open help waiting email phone card payment invoice app update crash slow fast friendly rude '
  || 'pesanan pengiriman terlambat pengembalian rusak terima kasih bagus suka layanan akun kata sandi masuk paket '
  || 'harga diskon toko buka bantuan menunggu telepon kartu pembayaran tagihan aplikasi cepat lambat ramah kasar '
  || 'kecewa puas mantap jelek mahal murah kurir barang produk kualitas', ' ')) as w;

insert into conversation (id, workspace_id, network, channel_id, thread_key, kind, status, assignee_id, priority,
    tags, sentiment, language, author_handle, author_name, latest_text, item_count, opened_at, last_item_at,
    first_response_at, first_response_due_at, resolution_due_at, version, created_at)
select md5('c' || ws || g)::uuid, ws,
       (array['X','FACEBOOK','INSTAGRAM','LINKEDIN'])[1 + g % 4],
       'channel-' || (g % 20), 'thread:' || g,
       (array['COMMENT','MENTION','DM','REVIEW'])[1 + (g / 7) % 4],
       (array['OPEN','PENDING','SNOOZED','CLOSED'])[1 + (g / 3) % 4],
       case when g % 5 = 0 then null else 'user-agent' || (g % 12) end,
       (array['LOW','NORMAL','HIGH','URGENT'])[1 + (g / 11) % 4],
       case when g % 10 = 0 then array['vip'] when g % 7 = 0 then array['refund','billing'] else '{}'::text[] end,
       (array['POSITIVE','NEUTRAL','NEGATIVE'])[1 + (g / 13) % 3],
       case when g % 2 = 0 then 'en' else 'id' end,
       'author' || g, 'Author ' || g, 'latest text', 4,
       now() - make_interval(secs => g * 10), now() - make_interval(secs => g * 10),
       case when g % 3 = 0 then now() - make_interval(secs => g * 10 - 60) end,
       now() - make_interval(secs => g * 10 - 3600), now() - make_interval(secs => g * 10 - 36000), 4, now()
from (select 'bench' as ws, g from generate_series(1, 250000) g
      union all select 'other', g from generate_series(1, 25000) g) s;

-- Bulk load: fill the conversations' search vectors once at the end instead of per item (same result).
alter table inbox_item disable trigger inbox_item_search_into_conversation;
insert into inbox_item (id, workspace_id, conversation_id, network, channel_id, external_id, kind, author_handle,
    author_name, text, received_at, recorded_at, language, sentiment, sentiment_score, conversation_version)
select md5('i' || c.workspace_id || c.thread_key || k)::uuid, c.workspace_id, c.id, c.network, c.channel_id,
       c.thread_key || ':' || k, c.kind, c.author_handle, c.author_name,
       -- four common words plus one long-tail token (names, order numbers, typos: most lexemes are rare)
       'n' || ((hashtext(c.thread_key || k || 'e') & 2147483647) % 400000) || ' ' ||
       (select string_agg(v.word, ' ') from vocabulary v
         where v.n in ((hashtext(c.thread_key || k || 'a') & 2147483647) % 72,
                       (hashtext(c.thread_key || k || 'b') & 2147483647) % 72,
                       (hashtext(c.thread_key || k || 'c') & 2147483647) % 72,
                       (hashtext(c.thread_key || k || 'd') & 2147483647) % 72)),
       c.last_item_at - make_interval(secs => (4 - k) * 2), now(), c.language, c.sentiment, 0, k
from conversation c cross join generate_series(1, 4) k;

update conversation c set search_vector = strip(s.v)
from (select conversation_id, to_tsvector('english', string_agg(text, ' '))
             || to_tsvector('sosmed_indonesian', string_agg(text, ' ')) as v
      from inbox_item group by conversation_id) s
where s.conversation_id = c.id;
alter table inbox_item enable trigger inbox_item_search_into_conversation;

vacuum analyze;
select workspace_id, count(*) as items from inbox_item group by 1 order by 1;
