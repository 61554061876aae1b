-- A small county in the hand-written PostgreSQL engine's schema (before issue 17's Marten engine): 2 villages, 26
-- households, 80 persons, 221 events (creations, changes, periodic values) with their signed hash chains, 111 periodic
-- values, 4 accounts, 4 approved submissions, 264 report rows, the template log and catalog version, audit lines.
-- The source of `formhub migrate --from-postgres` in FormHub.Cli.Tests (MigrateCommandTests), loaded into a fresh
-- database; its events are signed with handwritten-county.audit.key beside this file (a test key, nothing else uses it).
-- Generated once (2026-12-05) with the hand-written engine, which has since been removed:
--   createdb legacy_fixture
--   export FORMHUB_POSTGRES="Host=127.0.0.1;Port=PORT;Username=postgres;Database=legacy_fixture" \
--          FORMHUB_POSTGRES_ENGINE=handwritten FORMHUB_AUDIT_KEY_FILE=handwritten-county.audit.key
--   formhub seed --villages 2 --persons-per-village 40 --seed 7
--   pg_dump "$FORMHUB_POSTGRES_URI" --inserts --schema=formhub --no-owner --no-privileges | grep -v '^\\\(un\)\?restrict' > handwritten-county.sql
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: formhub; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA formhub;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: account_status; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.account_status (
    user_name text NOT NULL,
    phone text,
    disabled boolean NOT NULL,
    must_change_password boolean NOT NULL,
    security_stamp text NOT NULL
);


--
-- Name: accounts; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.accounts (
    user_name text NOT NULL,
    display_name text NOT NULL,
    role integer NOT NULL,
    capture_scope text,
    view_scope text NOT NULL,
    department text,
    password_hash text NOT NULL
);


--
-- Name: api_clients; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.api_clients (
    id text NOT NULL,
    name text NOT NULL,
    department text NOT NULL,
    area text NOT NULL,
    scopes text NOT NULL,
    token_hash text NOT NULL,
    created_by text NOT NULL,
    created_at text NOT NULL,
    expires_at text NOT NULL,
    revoked_at text,
    last_used_at text,
    requests_per_minute integer NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.audit_log (
    seq bigint NOT NULL,
    at timestamp with time zone NOT NULL,
    user_name text NOT NULL,
    action text NOT NULL,
    unit_code text,
    period text,
    detail text
);


--
-- Name: audit_log_seq_seq; Type: SEQUENCE; Schema: formhub; Owner: -
--

ALTER TABLE formhub.audit_log ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME formhub.audit_log_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: catalog_versions; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.catalog_versions (
    version bigint NOT NULL,
    document text NOT NULL,
    changed_by text NOT NULL,
    changed_at text NOT NULL,
    summary text NOT NULL
);


--
-- Name: eligibility_outcomes; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.eligibility_outcomes (
    county_code text NOT NULL,
    rule_id text NOT NULL,
    entity_id uuid NOT NULL,
    village_code text NOT NULL,
    outcome text NOT NULL,
    reason text,
    recorded_by text NOT NULL,
    recorded_at timestamp with time zone NOT NULL
);


--
-- Name: entities; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.entities (
    county_code text NOT NULL,
    id uuid NOT NULL,
    village_code text NOT NULL,
    entity_type text NOT NULL,
    version bigint NOT NULL,
    data jsonb NOT NULL,
    field_valid_from jsonb NOT NULL,
    valid_from date NOT NULL,
    retired_on date,
    retired_reason integer,
    retired_note text,
    search_text text NOT NULL,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.events (
    county_code text NOT NULL,
    seq bigint NOT NULL,
    village_code text NOT NULL,
    village_seq bigint NOT NULL,
    entity_id uuid NOT NULL,
    entity_type text NOT NULL,
    kind integer NOT NULL,
    valid_from date NOT NULL,
    period text,
    recorded_at timestamp with time zone NOT NULL,
    user_name text NOT NULL,
    source integer NOT NULL,
    payload json NOT NULL,
    prev_hash text NOT NULL,
    hash text NOT NULL,
    tx xid8 DEFAULT pg_current_xact_id() NOT NULL,
    key_id text
);


--
-- Name: events_seq_seq; Type: SEQUENCE; Schema: formhub; Owner: -
--

ALTER TABLE formhub.events ALTER COLUMN seq ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME formhub.events_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: feed_cursors; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.feed_cursors (
    name text NOT NULL,
    tx bigint NOT NULL,
    seq bigint NOT NULL
);


--
-- Name: findings; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.findings (
    county_code text NOT NULL,
    id uuid NOT NULL,
    rule_id text NOT NULL,
    entity_id uuid NOT NULL,
    entity_type text NOT NULL,
    village_code text NOT NULL,
    period text NOT NULL,
    level integer NOT NULL,
    message text NOT NULL,
    field_values text NOT NULL,
    gap text,
    appeared_at timestamp with time zone NOT NULL,
    resolved_at timestamp with time zone
);


--
-- Name: identity_numbers; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.identity_numbers (
    id_number text NOT NULL,
    entity_id uuid NOT NULL,
    county_code text NOT NULL,
    village_code text NOT NULL
);


--
-- Name: import_profiles; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.import_profiles (
    name text NOT NULL,
    entity_type text NOT NULL,
    body text NOT NULL,
    saved_by text NOT NULL,
    saved_at text NOT NULL
);


--
-- Name: layouts; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.layouts (
    template_id text NOT NULL,
    content bytea NOT NULL,
    file_name text NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamp with time zone NOT NULL
);


--
-- Name: leases; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.leases (
    name text NOT NULL,
    holder text NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Name: notifications; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.notifications (
    id bigint NOT NULL,
    subscription_id uuid NOT NULL,
    user_name text NOT NULL,
    template_id text NOT NULL,
    unit_code text NOT NULL,
    period text NOT NULL,
    kind text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone
);


--
-- Name: notifications_id_seq; Type: SEQUENCE; Schema: formhub; Owner: -
--

ALTER TABLE formhub.notifications ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME formhub.notifications_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: periodic_values; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.periodic_values (
    county_code text NOT NULL,
    village_code text NOT NULL,
    entity_id uuid NOT NULL,
    entity_type text NOT NULL,
    field text NOT NULL,
    period text NOT NULL,
    value jsonb NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version bigint DEFAULT 1 NOT NULL
);


--
-- Name: protection_keys; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.protection_keys (
    name text NOT NULL,
    xml text NOT NULL
);


--
-- Name: quarantined_changes; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.quarantined_changes (
    tx bigint NOT NULL,
    seq bigint NOT NULL,
    village_code text NOT NULL,
    period text NOT NULL,
    entity_type text NOT NULL,
    kind integer NOT NULL,
    fields text NOT NULL,
    reason text NOT NULL,
    library_version text NOT NULL,
    quarantined_at bigint NOT NULL,
    attempts integer NOT NULL
);


--
-- Name: regions; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.regions (
    code text NOT NULL,
    name text NOT NULL,
    level integer NOT NULL,
    parent_code text
);


--
-- Name: report_rows; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.report_rows (
    county_code text NOT NULL,
    template_id text NOT NULL,
    version integer NOT NULL,
    period text NOT NULL,
    unit_code text NOT NULL,
    level integer NOT NULL,
    payload jsonb NOT NULL,
    computed_at timestamp with time zone NOT NULL
);


--
-- Name: submissions; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.submissions (
    county_code text NOT NULL,
    village_code text NOT NULL,
    period text NOT NULL,
    status integer NOT NULL,
    revision integer NOT NULL,
    version bigint NOT NULL,
    comment text,
    updated_by text,
    updated_at timestamp with time zone,
    submitted_at timestamp with time zone,
    approved_at timestamp with time zone
);


--
-- Name: subscription_states; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.subscription_states (
    subscription_id uuid NOT NULL,
    period text NOT NULL,
    state text NOT NULL
);


--
-- Name: subscriptions; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.subscriptions (
    id uuid NOT NULL,
    user_name text NOT NULL,
    template_id text NOT NULL,
    unit_code text NOT NULL,
    feed_token text NOT NULL,
    webhook_url text,
    webhook_secret text,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: template_admissions; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.template_admissions (
    seq bigint NOT NULL,
    template_id text NOT NULL,
    content_hash text NOT NULL,
    verdict text NOT NULL,
    merge_into text,
    reason text NOT NULL,
    analysis text NOT NULL,
    user_name text NOT NULL,
    at text NOT NULL
);


--
-- Name: template_log; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.template_log (
    seq bigint NOT NULL,
    template_id text NOT NULL,
    kind text NOT NULL,
    version integer,
    yaml text,
    period text,
    user_name text NOT NULL,
    at text NOT NULL,
    note text
);


--
-- Name: village_chains; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.village_chains (
    county_code text NOT NULL,
    village_code text NOT NULL,
    last_village_seq bigint NOT NULL,
    last_hash text NOT NULL,
    head_key_id text,
    head_mac text
);


--
-- Name: webhook_deliveries; Type: TABLE; Schema: formhub; Owner: -
--

CREATE TABLE formhub.webhook_deliveries (
    id bigint NOT NULL,
    subscription_id uuid NOT NULL,
    notification_id bigint NOT NULL,
    url text NOT NULL,
    payload text NOT NULL,
    status integer NOT NULL,
    attempts integer NOT NULL,
    next_attempt_at timestamp with time zone NOT NULL,
    last_status_code integer,
    last_error text,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone
);


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE; Schema: formhub; Owner: -
--

ALTER TABLE formhub.webhook_deliveries ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME formhub.webhook_deliveries_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: account_status; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.account_status VALUES ('cadre', NULL, false, false, '');
INSERT INTO formhub.account_status VALUES ('reviewer', NULL, false, false, '');
INSERT INTO formhub.account_status VALUES ('minzheng', NULL, false, false, '');
INSERT INTO formhub.account_status VALUES ('admin', NULL, false, false, '');


--
-- Data for Name: accounts; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.accounts VALUES ('cadre', '石门村委会 村干部', 0, '360835100200', '360835100200', NULL, 'AQAAAAIAAYagAAAAEN/MWt1Txx5ZH9NlhIZ9Q1IckcgvHnThYH8AtkbLHQMHUQlB0jNkJCAhpguGJ/sGEA==');
INSERT INTO formhub.accounts VALUES ('reviewer', '清溪镇 审核员', 1, NULL, '360835100000', NULL, 'AQAAAAIAAYagAAAAEN/MWt1Txx5ZH9NlhIZ9Q1IckcgvHnThYH8AtkbLHQMHUQlB0jNkJCAhpguGJ/sGEA==');
INSERT INTO formhub.accounts VALUES ('minzheng', '清溪县民政局', 2, NULL, '360835000000', '民政', 'AQAAAAIAAYagAAAAEN/MWt1Txx5ZH9NlhIZ9Q1IckcgvHnThYH8AtkbLHQMHUQlB0jNkJCAhpguGJ/sGEA==');
INSERT INTO formhub.accounts VALUES ('admin', '清溪县 管理员', 3, NULL, '360835000000', NULL, 'AQAAAAIAAYagAAAAEN/MWt1Txx5ZH9NlhIZ9Q1IckcgvHnThYH8AtkbLHQMHUQlB0jNkJCAhpguGJ/sGEA==');


--
-- Data for Name: api_clients; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.audit_log OVERRIDING SYSTEM VALUE VALUES (1, '2026-11-05 02:00:00+00', 'reviewer', 'approve', '360835100001', '2026-10', '演示数据：历史月份');
INSERT INTO formhub.audit_log OVERRIDING SYSTEM VALUE VALUES (2, '2026-11-05 02:00:00+00', 'reviewer', 'approve', '360835100200', '2026-10', '演示数据：历史月份');
INSERT INTO formhub.audit_log OVERRIDING SYSTEM VALUE VALUES (3, '2026-12-05 02:00:00+00', 'reviewer', 'approve', '360835100001', '2026-11', '演示数据：历史月份');
INSERT INTO formhub.audit_log OVERRIDING SYSTEM VALUE VALUES (4, '2026-12-05 02:00:00+00', 'reviewer', 'approve', '360835100200', '2026-11', '演示数据：历史月份');


--
-- Data for Name: catalog_versions; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.catalog_versions VALUES (1, '{"entityTypes":[{"key":"household","labelZh":"户","labelEn":"Household","searchFields":["name","household_number"],"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":3},{"key":"person","labelZh":"人员","labelEn":"Person","searchFields":["name","id_number"],"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":3},{"key":"village","labelZh":"村（社区）","labelEn":"Village","searchFields":[],"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":4}],"fields":[{"entityType":"household","name":"name","type":"text","labelZh":"户主姓名","labelEn":"Head of household","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":true,"min":null,"max":null,"minLength":null,"maxLength":50,"pattern":null,"patternMessage":null},"options":[],"aliases":["户主姓名","户主"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":7},{"entityType":"household","name":"household_number","type":"text","labelZh":"户号","labelEn":"Household register number","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":20,"pattern":"^[0-9A-Za-z]+$","patternMessage":"户号只能包含数字和字母"},"options":[],"aliases":["户号","户编号","户籍编号"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":14},{"entityType":"household","name":"address","type":"text","labelZh":"住址","labelEn":"Address","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":200,"pattern":null,"patternMessage":null},"options":[],"aliases":["住址","家庭住址","地址"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":21},{"entityType":"household","name":"dibao_status","type":"enum","labelZh":"低保状态","labelEn":"Minimum living allowance (dibao) status","unit":null,"ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["在保","停保","未纳入"],"aliases":["低保状态"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":28},{"entityType":"household","name":"dibao_persons","type":"int","labelZh":"低保保障人数","labelEn":"Persons covered by dibao","unit":"人","ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":30,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":35},{"entityType":"household","name":"dibao_amount","type":"decimal","labelZh":"本月低保金发放金额","labelEn":"Dibao paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":100000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["低保金额","低保金","本月低保金","保障金额","月保障金"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":42},{"entityType":"household","name":"tekun_status","type":"enum","labelZh":"特困供养状态","labelEn":"Extreme-poverty support status","unit":null,"ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["集中供养","分散供养","未纳入"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":52},{"entityType":"household","name":"tekun_persons","type":"int","labelZh":"特困供养人数","labelEn":"Persons in extreme-poverty support","unit":"人","ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":30,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":58},{"entityType":"household","name":"tekun_amount","type":"decimal","labelZh":"本月特困供养金发放金额","labelEn":"Extreme-poverty support paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":100000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["特困供养金","特困供养金额","供养金额"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":65},{"entityType":"household","name":"poverty_alleviated","type":"bool","labelZh":"是否脱贫户","labelEn":"Household lifted out of poverty","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":75},{"entityType":"household","name":"monitoring_object","type":"bool","labelZh":"是否防返贫监测对象","labelEn":"Under relapse-prevention monitoring","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":80},{"entityType":"household","name":"monitoring_type","type":"enum","labelZh":"监测对象类型","labelEn":"Monitoring category","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["脱贫不稳定户","边缘易致贫户","突发严重困难户"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":85},{"entityType":"household","name":"monitoring_date","type":"date","labelZh":"纳入监测时间","labelEn":"Date entered monitoring","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":91},{"entityType":"household","name":"risk_type","type":"enum","labelZh":"主要风险类型","labelEn":"Main risk","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["因病","因残","因学","因灾","因意外事故","因产业项目失败","因务工就业不稳","因缺劳动力","其他"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":96},{"entityType":"household","name":"risk_eliminated_date","type":"date","labelZh":"风险消除时间","labelEn":"Date risk eliminated","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":103},{"entityType":"household","name":"per_capita_net_income","type":"decimal","labelZh":"家庭年人均纯收入","labelEn":"Annual net income per capita","unit":"元","ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"periodic","ownPeriod":"yearly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":109},{"entityType":"household","name":"house_safety_level","type":"enum","labelZh":"住房安全等级","labelEn":"House safety rating","unit":null,"ownerDepartment":"住建","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["A级","B级","C级","D级"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":118},{"entityType":"household","name":"drinking_water_safe","type":"bool","labelZh":"饮水安全是否有保障","labelEn":"Safe drinking water","unit":null,"ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":124},{"entityType":"household","name":"sanitary_toilet","type":"bool","labelZh":"是否使用卫生厕所","labelEn":"Sanitary toilet","unit":null,"ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":129},{"entityType":"household","name":"contracted_land_mu","type":"decimal","labelZh":"承包耕地面积","labelEn":"Contracted farmland","unit":"亩","ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":10000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/household.yaml","sourceLine":134},{"entityType":"person","name":"name","type":"text","labelZh":"姓名","labelEn":"Name","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":true,"min":null,"max":null,"minLength":1,"maxLength":50,"pattern":null,"patternMessage":null},"options":[],"aliases":["姓名","人员姓名","成员姓名"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":7},{"entityType":"person","name":"id_number","type":"idNumber","labelZh":"公民身份号码","labelEn":"Citizen ID number","unit":null,"ownerDepartment":"公安","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":true,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["身份证号","身份证号码","证件号码","公民身份证号","公民身份证号码","身份证"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":14},{"entityType":"person","name":"phone","type":"phone","labelZh":"联系电话","labelEn":"Phone","unit":null,"ownerDepartment":"民政","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["联系电话","电话","手机号","手机号码","联系方式"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":22},{"entityType":"person","name":"household","type":"entityRef","labelZh":"所在户","labelEn":"Household","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":true,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":"household","sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":29},{"entityType":"person","name":"relation_to_head","type":"enum","labelZh":"与户主关系","labelEn":"Relation to head of household","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["户主","配偶","子女","父母","孙子女","兄弟姐妹","其他"],"aliases":["与户主关系","关系"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":36},{"entityType":"person","name":"residence_status","type":"enum","labelZh":"人口状态","labelEn":"Residence status","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["在家","外出","已迁出","已死亡"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":43},{"entityType":"person","name":"ethnicity","type":"enum","labelZh":"民族","labelEn":"Ethnicity","unit":null,"ownerDepartment":"公安","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["汉族","畲族","回族","苗族","瑶族","壮族","满族","土家族","其他"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":49},{"entityType":"person","name":"marital_status","type":"enum","labelZh":"婚姻状况","labelEn":"Marital status","unit":null,"ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["未婚","已婚","离婚","丧偶"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":55},{"entityType":"person","name":"education","type":"enum","labelZh":"文化程度","labelEn":"Education","unit":null,"ownerDepartment":"统计","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["学龄前儿童","文盲或半文盲","小学","初中","高中","中专","大专","本科及以上"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":61},{"entityType":"person","name":"party_member","type":"bool","labelZh":"是否中共党员","labelEn":"CPC member","unit":null,"ownerDepartment":"组织","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":67},{"entityType":"person","name":"party_join_date","type":"date","labelZh":"入党时间","labelEn":"Date joined the CPC","unit":null,"ownerDepartment":"组织","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":72},{"entityType":"person","name":"disability_grade","type":"enum","labelZh":"残疾等级","labelEn":"Disability grade","unit":null,"ownerDepartment":"残联","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["一级","二级","三级","四级"],"aliases":["残疾等级"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":78},{"entityType":"person","name":"disability_type","type":"enum","labelZh":"残疾类别","labelEn":"Disability type","unit":null,"ownerDepartment":"残联","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["视力","听力","言语","肢体","智力","精神","多重"],"aliases":["残疾类别"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":86},{"entityType":"person","name":"disability_subsidy_amount","type":"decimal","labelZh":"本月困难残疾人生活补贴发放金额","labelEn":"Living subsidy for disabled persons in hardship paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":10000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["生活补贴","困难残疾人生活补贴","生活补贴金额"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":94},{"entityType":"person","name":"care_subsidy_amount","type":"decimal","labelZh":"本月重度残疾人护理补贴发放金额","labelEn":"Nursing subsidy for severely disabled persons paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":10000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["护理补贴","重度残疾人护理补贴","护理补贴金额"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":104},{"entityType":"person","name":"labor_ability","type":"enum","labelZh":"劳动技能","labelEn":"Labour ability","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["技能劳动力","普通劳动力","弱劳动力或半劳动力","丧失劳动力","无劳动力"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":114},{"entityType":"person","name":"employment_status","type":"enum","labelZh":"就业状况","labelEn":"Employment status","unit":null,"ownerDepartment":"人社","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["务农","务工","个体经营","公益性岗位","在校学生","失业","退休","其他"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":120},{"entityType":"person","name":"migrant_worker","type":"bool","labelZh":"是否外出务工","labelEn":"Migrant worker","unit":null,"ownerDepartment":"人社","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":126},{"entityType":"person","name":"work_place","type":"enum","labelZh":"务工地点","labelEn":"Place of work","unit":null,"ownerDepartment":"人社","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["乡内","县内乡外","省内县外","省外"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":131},{"entityType":"person","name":"health_managed","type":"bool","labelZh":"是否已纳入健康管理","labelEn":"Under health management","unit":null,"ownerDepartment":"卫健","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":137},{"entityType":"person","name":"family_doctor_signed","type":"bool","labelZh":"是否签约家庭医生","labelEn":"Signed with a family doctor","unit":null,"ownerDepartment":"卫健","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":142},{"entityType":"person","name":"chronic_disease","type":"bool","labelZh":"是否患慢性病","labelEn":"Has a chronic disease","unit":null,"ownerDepartment":"卫健","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":147},{"entityType":"person","name":"self_care_ability","type":"enum","labelZh":"生活自理能力","labelEn":"Self-care ability","unit":null,"ownerDepartment":"民政","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["完全自理","部分失能","完全失能"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":153},{"entityType":"person","name":"pension_insurance","type":"bool","labelZh":"是否参加城乡居民养老保险","labelEn":"Enrolled in residents'' pension insurance","unit":null,"ownerDepartment":"人社","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":160},{"entityType":"person","name":"medical_insurance","type":"bool","labelZh":"是否参加城乡居民医疗保险","labelEn":"Enrolled in residents'' medical insurance","unit":null,"ownerDepartment":"医保","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":165},{"entityType":"person","name":"elderly_allowance_amount","type":"decimal","labelZh":"本月高龄津贴发放金额","labelEn":"Old-age (80+) allowance paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":10000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":["高龄津贴","高龄津贴金额","高龄补贴金额"],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":170},{"entityType":"person","name":"orphan_type","type":"enum","labelZh":"孤儿及事实无人抚养儿童类别","labelEn":"Orphan or de-facto unsupported child category","unit":null,"ownerDepartment":"民政","sensitivity":"sensitive","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["集中养育孤儿","社会散居孤儿","事实无人抚养儿童"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":180},{"entityType":"person","name":"orphan_allowance_amount","type":"decimal","labelZh":"本月孤儿基本生活费发放金额","labelEn":"Orphan basic living allowance paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":10000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":187},{"entityType":"person","name":"pension_amount","type":"decimal","labelZh":"本月养老金领取金额","labelEn":"Pension received this month","unit":"元","ownerDepartment":"人社","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":100000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":196},{"entityType":"person","name":"subsidy_amount","type":"decimal","labelZh":"本月其他补贴发放金额","labelEn":"Other subsidies paid this month","unit":"元","ownerDepartment":"民政","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":100000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/person.yaml","sourceLine":205},{"entityType":"village","name":"area_mu","type":"decimal","labelZh":"行政区域面积","labelEn":"Administrative area","unit":"亩","ownerDepartment":"统计","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":7},{"entityType":"village","name":"cultivated_land_mu","type":"decimal","labelZh":"耕地面积","labelEn":"Cultivated land","unit":"亩","ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":14},{"entityType":"village","name":"permanent_farmland_mu","type":"decimal","labelZh":"永久基本农田面积","labelEn":"Permanent basic farmland","unit":"亩","ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":21},{"entityType":"village","name":"natural_villages","type":"int","labelZh":"自然村个数","labelEn":"Natural villages","unit":"个","ownerDepartment":"统计","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":200,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":28},{"entityType":"village","name":"villager_groups","type":"int","labelZh":"村（居）民小组个数","labelEn":"Villager groups","unit":"个","ownerDepartment":"民政","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":200,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":35},{"entityType":"village","name":"cadres","type":"int","labelZh":"村“两委”干部人数","labelEn":"Village committee and Party branch cadres","unit":"人","ownerDepartment":"组织","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":50,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":42},{"entityType":"village","name":"collective_income","type":"decimal","labelZh":"村集体经济组织总收入","labelEn":"Collective economy total income","unit":"万元","ownerDepartment":"农业农村","sensitivity":"internal","kind":"periodic","ownPeriod":"yearly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":49},{"entityType":"village","name":"operating_income","type":"decimal","labelZh":"村集体经济组织经营收入","labelEn":"Collective operating income","unit":"万元","ownerDepartment":"农业农村","sensitivity":"internal","kind":"periodic","ownPeriod":"yearly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":58},{"entityType":"village","name":"collective_expenses","type":"decimal","labelZh":"村集体经济组织总支出","labelEn":"Collective total expenditure","unit":"万元","ownerDepartment":"农业农村","sensitivity":"internal","kind":"periodic","ownPeriod":"yearly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":67},{"entityType":"village","name":"distributed_amount","type":"decimal","labelZh":"向集体经济组织成员分配金额","labelEn":"Amount distributed to members","unit":"万元","ownerDepartment":"农业农村","sensitivity":"internal","kind":"periodic","ownPeriod":"yearly","validation":{"required":false,"min":0,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":76},{"entityType":"village","name":"poverty_alleviated_village","type":"bool","labelZh":"是否脱贫村","labelEn":"Former poverty-stricken village","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":85},{"entityType":"village","name":"road_hardened","type":"bool","labelZh":"是否通硬化路","labelEn":"Connected by hardened road","unit":null,"ownerDepartment":"乡村振兴","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":90},{"entityType":"village","name":"tap_water_coverage","type":"decimal","labelZh":"自来水普及率","labelEn":"Tap water coverage","unit":"%","ownerDepartment":"农业农村","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":100,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":95},{"entityType":"village","name":"broadband","type":"bool","labelZh":"是否通宽带","labelEn":"Broadband connected","unit":null,"ownerDepartment":"统计","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":102},{"entityType":"village","name":"has_clinic","type":"bool","labelZh":"是否有标准化村卫生室","labelEn":"Standard village clinic","unit":null,"ownerDepartment":"卫健","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":107},{"entityType":"village","name":"distance_to_township_km","type":"decimal","labelZh":"距乡镇政府距离","labelEn":"Distance to township government","unit":"公里","ownerDepartment":"统计","sensitivity":"internal","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":300,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":112},{"entityType":"village","name":"party_branch_type","type":"enum","labelZh":"村党组织类型","labelEn":"Village Party organization type","unit":null,"ownerDepartment":"组织","sensitivity":"public","kind":"attribute","ownPeriod":"monthly","validation":{"required":false,"min":null,"max":null,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":["党委","党总支","党支部","联合党支部"],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":119},{"entityType":"village","name":"hazards_found","type":"int","labelZh":"本月排查发现安全隐患数","labelEn":"Safety hazards found this month","unit":"处","ownerDepartment":"应急管理","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":1000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":127},{"entityType":"village","name":"major_hazards","type":"int","labelZh":"本月发现重大安全隐患数","labelEn":"Major safety hazards found this month","unit":"处","ownerDepartment":"应急管理","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":1000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":136},{"entityType":"village","name":"hazards_fixed","type":"int","labelZh":"本月整改完成安全隐患数","labelEn":"Safety hazards fixed this month","unit":"处","ownerDepartment":"应急管理","sensitivity":"internal","kind":"periodic","ownPeriod":"monthly","validation":{"required":false,"min":0,"max":1000,"minLength":null,"maxLength":null,"pattern":null,"patternMessage":null},"options":[],"aliases":[],"refEntityType":null,"sourceFile":"/work/wt17a/form-templates/catalog/village.yaml","sourceLine":145}]}', 'formhub', '2026-12-05T03:02:35.6169355+00:00', '初始版本：由 form-templates/catalog 导入');


--
-- Data for Name: eligibility_outcomes; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: entities; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b58-7a50-957c-293ed96de0c8', '360835100001', 'village', 1, '{"cadres": 8, "area_mu": 36, "broadband": true, "has_clinic": true, "road_hardened": true, "villager_groups": 2, "natural_villages": 0, "party_branch_type": "联合党支部", "cultivated_land_mu": 2.4, "tap_water_coverage": 100, "permanent_farmland_mu": 1.9, "distance_to_township_km": 1.6, "poverty_alleviated_village": false}', '{"cadres": "2025-01-01", "area_mu": "2025-01-01", "broadband": "2025-01-01", "has_clinic": "2025-01-01", "road_hardened": "2025-01-01", "villager_groups": "2025-01-01", "natural_villages": "2025-01-01", "party_branch_type": "2025-01-01", "cultivated_land_mu": "2025-01-01", "tap_water_coverage": "2025-01-01", "permanent_farmland_mu": "2025-01-01", "distance_to_township_km": "2025-01-01", "poverty_alleviated_village": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7a5d-8d56-108117ed7a8c', '360835100001', 'household', 1, '{"name": "朱伟", "address": "城关社区新华街2号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010001", "monitoring_object": false, "contracted_land_mu": 2.2, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱伟3608351000010001', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-797b-a545-b3cabfcc8cb9', '360835100001', 'person', 1, '{"name": "朱伟", "phone": "13878507474", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7a5d-8d56-108117ed7a8c", "id_number": "36083519870613277X", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "离婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "公益性岗位", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱伟36083519870613277x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7534-ba1e-42bde5066684', '360835100001', 'person', 1, '{"name": "朱浩然", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7a5d-8d56-108117ed7a8c", "id_number": "360835201311103039", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱浩然360835201311103039', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7792-8391-92f9b609d9ed', '360835100001', 'household', 1, '{"name": "汪志明", "address": "城关社区和平路116号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010002", "monitoring_object": false, "contracted_land_mu": 7.5, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪志明3608351000010002', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7832-b9c4-c192809763d8', '360835100001', 'person', 1, '{"name": "汪志明", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-7792-8391-92f9b609d9ed", "id_number": "360835197411052575", "party_member": true, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "party_join_date": "2010-08-07", "relation_to_head": "户主", "residence_status": "在家", "employment_status": "个体经营", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "party_join_date": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪志明360835197411052575', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7ec4-906d-e07088d5011e', '360835100001', 'person', 1, '{"name": "江雪梅", "phone": "18143300048", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-7792-8391-92f9b609d9ed", "id_number": "360835197903274828", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '江雪梅360835197903274828', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-706c-9874-a163a3b14c40', '360835100001', 'household', 1, '{"name": "朱明", "address": "城关社区滨江路20号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010004", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱明3608351000010004', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7862-a85e-2f58c84ac2ef', '360835100001', 'person', 1, '{"name": "汪文博", "phone": "19907550139", "education": "本科及以上", "ethnicity": "汉族", "household": "01a24427-5b59-7792-8391-92f9b609d9ed", "id_number": "360835200409153734", "party_member": false, "labor_ability": "无劳动力", "marital_status": "已婚", "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪文博360835200409153734', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7507-82f7-0aa1102d72c2', '360835100001', 'person', 1, '{"name": "胡子萱", "phone": "15392271459", "education": "本科及以上", "ethnicity": "汉族", "household": "01a24427-5b59-7792-8391-92f9b609d9ed", "id_number": "360835200404167360", "party_member": false, "labor_ability": "无劳动力", "marital_status": "已婚", "chronic_disease": false, "relation_to_head": "其他", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '胡子萱360835200404167360', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7404-b45a-742178df7f56', '360835100001', 'person', 1, '{"name": "汪欣怡", "education": "学龄前儿童", "ethnicity": "汉族", "household": "01a24427-5b59-7792-8391-92f9b609d9ed", "id_number": "360835202412094068", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "孙子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪欣怡360835202412094068', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-74eb-8972-c3c25f93b80a', '360835100001', 'household', 1, '{"name": "赵建平", "address": "城关社区新华街67号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010003", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '赵建平3608351000010003', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7109-9972-d3f3fc1ba05a', '360835100001', 'person', 1, '{"name": "赵建平", "phone": "19861240044", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-74eb-8972-c3c25f93b80a", "id_number": "360835197705097779", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": false, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '赵建平360835197705097779', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7a7f-b181-e7a432c2da5c', '360835100001', 'person', 1, '{"name": "肖燕", "phone": "17724845261", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-74eb-8972-c3c25f93b80a", "id_number": "360835197908178288", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '肖燕360835197908178288', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-79c8-9c4c-20c33297553d', '360835100001', 'person', 1, '{"name": "赵一诺", "phone": "17779548358", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-74eb-8972-c3c25f93b80a", "id_number": "360835200502186469", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '赵一诺360835200502186469', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7452-a70a-aaacb29b6ff2', '360835100001', 'person', 1, '{"name": "朱明", "phone": "18395504094", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-706c-9874-a163a3b14c40", "id_number": "360835196903281177", "work_place": "县内乡外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱明360835196903281177', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7f55-9bfe-59d126864027', '360835100001', 'person', 1, '{"name": "汪慧", "phone": "13630246010", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-706c-9874-a163a3b14c40", "id_number": "36083519701128684X", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪慧36083519701128684x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7da1-9673-2a1616f0b029', '360835100001', 'person', 1, '{"name": "朱宇航", "phone": "13573426187", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-706c-9874-a163a3b14c40", "id_number": "360835199401235334", "work_place": "省外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱宇航360835199401235334', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7ea3-b2c8-4f392b1b87b1', '360835100001', 'household', 1, '{"name": "黄志华", "address": "城关社区和平路100号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010005", "monitoring_object": false, "contracted_land_mu": 4.8, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄志华3608351000010005', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7eaf-aa65-369e8d9a0473', '360835100001', 'person', 1, '{"name": "黄志华", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7ea3-b2c8-4f392b1b87b1", "id_number": "360835196906281957", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄志华360835196906281957', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7c04-9a41-2ba145467101', '360835100001', 'person', 1, '{"name": "朱小芳", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7ea3-b2c8-4f392b1b87b1", "id_number": "36083519740524700X", "party_member": false, "labor_ability": "普通劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "个体经营", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱小芳36083519740524700x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7e15-998d-a47f00d6ada8', '360835100001', 'person', 1, '{"name": "黄锦程", "phone": "15664394571", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7ea3-b2c8-4f392b1b87b1", "id_number": "360835199203239617", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄锦程360835199203239617', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7da5-bd82-08e670dbaef9', '360835100001', 'person', 1, '{"name": "黄可欣", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7ea3-b2c8-4f392b1b87b1", "id_number": "360835201507149127", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "孙子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄可欣360835201507149127', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7587-b730-92f1d9f55f47', '360835100001', 'household', 1, '{"name": "朱勇", "address": "城关社区解放路167号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010006", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱勇3608351000010006', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7e4f-af16-f058e5a5d9e2', '360835100001', 'person', 1, '{"name": "朱勇", "phone": "19927038909", "education": "高中", "ethnicity": "畲族", "household": "01a24427-5b59-7587-b730-92f1d9f55f47", "id_number": "36083519660502165X", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱勇36083519660502165x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-77a1-b6dc-00558af96624', '360835100001', 'person', 1, '{"name": "王小英", "phone": "18939396036", "education": "高中", "ethnicity": "畲族", "household": "01a24427-5b59-7587-b730-92f1d9f55f47", "id_number": "360835196901179320", "work_place": "省内县外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '王小英360835196901179320', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7526-a897-a854c8d6acfd', '360835100001', 'person', 1, '{"name": "朱宇航", "phone": "15688692856", "education": "初中", "ethnicity": "畲族", "household": "01a24427-5b59-7587-b730-92f1d9f55f47", "id_number": "360835199608070397", "work_place": "省外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "未婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": false, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱宇航360835199608070397', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7acf-8abe-310105ddbff6', '360835100001', 'person', 1, '{"name": "朱梓豪", "phone": "17840855477", "education": "大专", "ethnicity": "畲族", "household": "01a24427-5b59-7587-b730-92f1d9f55f47", "id_number": "360835199812229115", "work_place": "省内县外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "未婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱梓豪360835199812229115', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-779c-8528-b0e70f472ada', '360835100001', 'household', 1, '{"name": "傅文华", "address": "城关社区解放路67号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010007", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '傅文华3608351000010007', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7aed-8d79-d4c6a19c708e', '360835100001', 'person', 1, '{"name": "傅文华", "phone": "14905640447", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-779c-8528-b0e70f472ada", "id_number": "360835195202205636", "party_member": false, "labor_ability": "丧失劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '傅文华360835195202205636', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7625-8b64-5da9b3bae839', '360835100001', 'person', 1, '{"name": "吴满秀", "phone": "13362778385", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-779c-8528-b0e70f472ada", "id_number": "360835195407015027", "party_member": false, "labor_ability": "丧失劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴满秀360835195407015027', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7132-b57a-8bc9ffcf9dd9', '360835100001', 'household', 1, '{"name": "程建平", "address": "城关社区解放路126号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010008", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '程建平3608351000010008', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7b0b-89b1-71b0b9b20195', '360835100001', 'person', 1, '{"name": "程建平", "phone": "13189207318", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7132-b57a-8bc9ffcf9dd9", "id_number": "360835198004021231", "work_place": "省外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '程建平360835198004021231', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-71e8-abc8-87d7042182a1', '360835100001', 'person', 1, '{"name": "张玲", "phone": "15388004381", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7132-b57a-8bc9ffcf9dd9", "id_number": "360835198309101283", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '张玲360835198309101283', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7c3c-9e67-2a34e5899663', '360835100001', 'person', 1, '{"name": "程志远", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7132-b57a-8bc9ffcf9dd9", "id_number": "360835201206140938", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '程志远360835201206140938', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7365-9bc0-446ccb582c14', '360835100001', 'person', 1, '{"name": "程梓涵", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7132-b57a-8bc9ffcf9dd9", "id_number": "360835201408195988", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '程梓涵360835201408195988', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7967-b0b4-d63eb6450ceb', '360835100001', 'household', 1, '{"name": "杨华", "address": "城关社区人民路158号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010009", "monitoring_object": false, "contracted_land_mu": 3.5, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨华3608351000010009', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7969-9067-ba3b327b1696', '360835100001', 'person', 1, '{"name": "杨华", "phone": "16600169626", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-7967-b0b4-d63eb6450ceb", "id_number": "360835198706136674", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨华360835198706136674', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7638-bc1c-6b8eb0072c7e', '360835100001', 'person', 1, '{"name": "黄一诺", "phone": "14774010328", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7967-b0b4-d63eb6450ceb", "id_number": "360835199003053607", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄一诺360835199003053607', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7036-8eb8-19992df17443', '360835100001', 'person', 1, '{"name": "杨鑫", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7967-b0b4-d63eb6450ceb", "id_number": "360835201302209253", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨鑫360835201302209253', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7f92-b746-ae50e30e86bf', '360835100001', 'person', 1, '{"name": "杨皓", "education": "学龄前儿童", "ethnicity": "汉族", "household": "01a24427-5b59-7967-b0b4-d63eb6450ceb", "id_number": "360835201908016114", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨皓360835201908016114', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-74c1-ad5a-270a344c8fa5', '360835100001', 'person', 1, '{"name": "杨晨阳", "education": "学龄前儿童", "ethnicity": "汉族", "household": "01a24427-5b59-7967-b0b4-d63eb6450ceb", "id_number": "360835202207048759", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨晨阳360835202207048759', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-748b-9c26-fbda618f6db6', '360835100001', 'household', 1, '{"name": "朱贵生", "address": "城关社区文化路141号", "dibao_status": "在保", "tekun_status": "未纳入", "dibao_persons": 1, "sanitary_toilet": true, "household_number": "3608351000010010", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "dibao_persons": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱贵生3608351000010010', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7e67-ac35-4524339f22dc', '360835100001', 'person', 1, '{"name": "朱贵生", "phone": "19105342122", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-748b-9c26-fbda618f6db6", "id_number": "360835196204063496", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "marital_status": "丧偶", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱贵生360835196204063496', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7b81-85cc-9da4c1a91812', '360835100001', 'household', 1, '{"name": "黄红军", "address": "城关社区人民路93号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010011", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄红军3608351000010011', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7766-bcb0-9e0d5ecc95bb', '360835100001', 'person', 1, '{"name": "黄红军", "phone": "15226124095", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5b59-7b81-85cc-9da4c1a91812", "id_number": "360835197502254279", "party_member": false, "labor_ability": "普通劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄红军360835197502254279', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7a8c-8a1a-dd3086956ef2', '360835100001', 'person', 1, '{"name": "胡敏", "phone": "18257976957", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-7b81-85cc-9da4c1a91812", "id_number": "360835197909041929", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "个体经营", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '胡敏360835197909041929', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7239-991e-a8c41ce364df', '360835100001', 'person', 1, '{"name": "黄思远", "phone": "17541450581", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5b59-7b81-85cc-9da4c1a91812", "id_number": "36083520020805211X", "work_place": "乡内", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "未婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄思远36083520020805211x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-70ea-b306-fbf4bc2629d7', '360835100001', 'person', 1, '{"name": "黄宇航", "phone": "13584755891", "education": "大专", "ethnicity": "汉族", "household": "01a24427-5b59-7b81-85cc-9da4c1a91812", "id_number": "360835200511301211", "party_member": false, "labor_ability": "无劳动力", "marital_status": "未婚", "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄宇航360835200511301211', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-71d6-81cd-337d000b11a2', '360835100001', 'person', 1, '{"name": "黄欣妍", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5b59-7b81-85cc-9da4c1a91812", "id_number": "360835200906035667", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '黄欣妍360835200906035667', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7016-8bc4-3d37eca96f72', '360835100001', 'household', 1, '{"name": "刘涛", "address": "城关社区人民路60号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351000010012", "monitoring_object": false, "contracted_land_mu": 0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '刘涛3608351000010012', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-76ac-aeaa-aa31616cf7c9', '360835100001', 'person', 1, '{"name": "刘涛", "phone": "19971554090", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5b59-7016-8bc4-3d37eca96f72", "id_number": "360835198605206979", "work_place": "省内县外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '刘涛360835198605206979', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', '360835100200', 'village', 1, '{"cadres": 9, "area_mu": 411, "broadband": true, "has_clinic": true, "road_hardened": true, "villager_groups": 3, "natural_villages": 2, "party_branch_type": "联合党支部", "cultivated_land_mu": 44.4, "tap_water_coverage": 96.5, "permanent_farmland_mu": 35.5, "distance_to_township_km": 7.5, "poverty_alleviated_village": false}', '{"cadres": "2025-01-01", "area_mu": "2025-01-01", "broadband": "2025-01-01", "has_clinic": "2025-01-01", "road_hardened": "2025-01-01", "villager_groups": "2025-01-01", "natural_villages": "2025-01-01", "party_branch_type": "2025-01-01", "cultivated_land_mu": "2025-01-01", "tap_water_coverage": "2025-01-01", "permanent_farmland_mu": "2025-01-01", "distance_to_township_km": "2025-01-01", "poverty_alleviated_village": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-75db-a2b3-b2a197bcf7e7', '360835100200', 'household', 1, '{"name": "罗国华", "address": "石门村2组48号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000001", "monitoring_object": false, "contracted_land_mu": 1.2, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗国华3608351002000001', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', '360835100200', 'person', 1, '{"name": "罗国华", "education": "文盲或半文盲", "ethnicity": "汉族", "household": "01a24427-5d7b-75db-a2b3-b2a197bcf7e7", "id_number": "36083519451018393X", "party_member": false, "labor_ability": "无劳动力", "health_managed": false, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗国华36083519451018393x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7001-b2e2-741e04979f06', '360835100200', 'person', 1, '{"name": "邓月娥", "phone": "13009024462", "education": "文盲或半文盲", "ethnicity": "汉族", "household": "01a24427-5d7b-75db-a2b3-b2a197bcf7e7", "id_number": "360835195002055709", "party_member": false, "labor_ability": "丧失劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '邓月娥360835195002055709', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7c7f-a783-3d1bdb38a5ce', '360835100200', 'household', 1, '{"name": "罗峰", "address": "石门村1组58号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000002", "monitoring_object": false, "contracted_land_mu": 2.8, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗峰3608351002000002', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7688-9669-48aae0e4e376', '360835100200', 'household', 1, '{"name": "罗静", "address": "石门村3组13号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": false, "household_number": "3608351002000009", "monitoring_object": false, "contracted_land_mu": 2.2, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗静3608351002000009', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-72ce-b810-3d4d1b5bedf4', '360835100200', 'person', 1, '{"name": "罗峰", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7c7f-a783-3d1bdb38a5ce", "id_number": "360835197701140477", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗峰360835197701140477', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7d8c-ab94-f83a55c8bc88', '360835100200', 'person', 1, '{"name": "傅霞", "phone": "19980381204", "education": "大专", "ethnicity": "汉族", "household": "01a24427-5d7b-7c7f-a783-3d1bdb38a5ce", "id_number": "360835197903105004", "party_member": false, "labor_ability": "普通劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '傅霞360835197903105004', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7117-a5b9-8e2c081d6872', '360835100200', 'person', 1, '{"name": "罗锦程", "phone": "15052961014", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5d7b-7c7f-a783-3d1bdb38a5ce", "id_number": "360835200807284473", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗锦程360835200807284473', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7f14-8afc-92bac91ea544', '360835100200', 'person', 1, '{"name": "罗颖", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7c7f-a783-3d1bdb38a5ce", "id_number": "360835201411295146", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗颖360835201411295146', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7068-a39e-b6af3b419d07', '360835100200', 'household', 1, '{"name": "何秀英", "address": "石门村1组58号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000003", "monitoring_object": false, "contracted_land_mu": 1.2, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '何秀英3608351002000003', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7e15-8fa1-dd8705ede611', '360835100200', 'person', 1, '{"name": "何秀英", "phone": "14783148841", "education": "文盲或半文盲", "ethnicity": "汉族", "household": "01a24427-5d7b-7068-a39e-b6af3b419d07", "id_number": "360835194810110943", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "health_managed": true, "marital_status": "未婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '何秀英360835194810110943', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7cab-9429-fd1d3b9832ea', '360835100200', 'household', 1, '{"name": "杨志明", "address": "石门村1组1号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000004", "monitoring_object": false, "contracted_land_mu": 3.5, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨志明3608351002000004', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-729a-9ed7-d5755a94aa05', '360835100200', 'household', 1, '{"name": "朱立新", "address": "石门村1组26号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": false, "household_number": "3608351002000011", "monitoring_object": false, "contracted_land_mu": 3.0, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱立新3608351002000011', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7a53-b741-6dbfe279f79a', '360835100200', 'person', 1, '{"name": "杨志明", "phone": "15878946106", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7cab-9429-fd1d3b9832ea", "id_number": "360835198010307551", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨志明360835198010307551', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-73de-ab9b-5af3bb71fa7c', '360835100200', 'person', 1, '{"name": "谢美玲", "phone": "15856919467", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7cab-9429-fd1d3b9832ea", "id_number": "360835198108108243", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '谢美玲360835198108108243', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-76c0-a235-d28a77e1d49a', '360835100200', 'person', 1, '{"name": "杨嘉豪", "phone": "15711982131", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5d7b-7cab-9429-fd1d3b9832ea", "id_number": "360835200812146876", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨嘉豪360835200812146876', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7c40-a24f-141528e32c87', '360835100200', 'person', 1, '{"name": "杨梓睿", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7cab-9429-fd1d3b9832ea", "id_number": "360835201409072891", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨梓睿360835201409072891', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-76a3-8eac-7116c1f244fa', '360835100200', 'person', 1, '{"name": "欧阳冬英", "phone": "15378218176", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7cab-9429-fd1d3b9832ea", "id_number": "36083519511231904X", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "health_managed": true, "marital_status": "丧偶", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "父母", "residence_status": "在家", "employment_status": "其他", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '欧阳冬英36083519511231904x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7e0e-90ae-e209bc7816bb', '360835100200', 'household', 1, '{"name": "吴立新", "address": "石门村1组14号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000005", "monitoring_object": false, "contracted_land_mu": 3.9, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴立新3608351002000005', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-72f8-b4a4-d6957fec0c4c', '360835100200', 'person', 1, '{"name": "吴立新", "phone": "15202467769", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7e0e-90ae-e209bc7816bb", "id_number": "360835197208126954", "work_place": "省外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴立新360835197208126954', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7a21-9e9e-5f7d77013fe5', '360835100200', 'person', 1, '{"name": "梁琴", "phone": "13726065962", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5d7b-7e0e-90ae-e209bc7816bb", "id_number": "360835197204188306", "work_place": "省内县外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '梁琴360835197204188306', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-72be-ac53-82ea5d7d65bf', '360835100200', 'person', 1, '{"name": "吴若汐", "education": "学龄前儿童", "ethnicity": "汉族", "household": "01a24427-5d7b-7e0e-90ae-e209bc7816bb", "id_number": "360835202110319188", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "孙子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴若汐360835202110319188', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7923-bdbb-3ca2301fc605', '360835100200', 'household', 1, '{"name": "吴永红", "address": "石门村3组55号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000006", "monitoring_object": false, "contracted_land_mu": 3.9, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴永红3608351002000006', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7f98-beef-89c600a43477', '360835100200', 'person', 1, '{"name": "吴永红", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7923-bdbb-3ca2301fc605", "id_number": "360835198509094137", "work_place": "省内县外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴永红360835198509094137', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7ad9-bc25-bc9651e7c0cc', '360835100200', 'person', 1, '{"name": "汪雪梅", "phone": "13161763791", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7923-bdbb-3ca2301fc605", "id_number": "360835198901145445", "work_place": "县内乡外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '汪雪梅360835198901145445', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-77f1-9d8c-e026f2843278', '360835100200', 'person', 1, '{"name": "吴宇轩", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7923-bdbb-3ca2301fc605", "id_number": "360835201509136231", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '吴宇轩360835201509136231', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7174-b471-e131d1e9fde9', '360835100200', 'household', 1, '{"name": "聂嘉豪", "address": "石门村1组11号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000007", "monitoring_object": false, "contracted_land_mu": 4.8, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '聂嘉豪3608351002000007', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-72ae-95cb-337c294e3213', '360835100200', 'household', 1, '{"name": "熊一鸣", "address": "石门村2组12号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000013", "monitoring_object": false, "contracted_land_mu": 2.7, "house_safety_level": "B级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '熊一鸣3608351002000013', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7412-a693-dba2af0110ad', '360835100200', 'person', 1, '{"name": "聂嘉豪", "phone": "18877865423", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7174-b471-e131d1e9fde9", "id_number": "360835199212043632", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "个体经营", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '聂嘉豪360835199212043632', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7290-8d9b-6b68daee5870', '360835100200', 'person', 1, '{"name": "曾晓雯", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7174-b471-e131d1e9fde9", "id_number": "360835199704226267", "work_place": "省外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '曾晓雯360835199704226267', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7c22-865d-30dcf740644c', '360835100200', 'person', 1, '{"name": "邹水莲", "phone": "19914731018", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7174-b471-e131d1e9fde9", "id_number": "360835196110142927", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "health_managed": true, "marital_status": "丧偶", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "父母", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '邹水莲360835196110142927', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7569-a3c2-7f1d1646328c', '360835100200', 'household', 1, '{"name": "杨志强", "address": "石门村3组44号", "risk_type": "因残", "dibao_status": "未纳入", "tekun_status": "未纳入", "monitoring_date": "2023-02-15", "monitoring_type": "边缘易致贫户", "sanitary_toilet": true, "household_number": "3608351002000008", "monitoring_object": true, "contracted_land_mu": 2.0, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "risk_type": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "monitoring_date": "2025-01-01", "monitoring_type": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨志强3608351002000008', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', '360835100200', 'person', 1, '{"name": "杨志强", "phone": "18639071159", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7569-a3c2-7f1d1646328c", "id_number": "360835195412138857", "party_member": false, "labor_ability": "丧失劳动力", "health_managed": false, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "disability_type": "精神", "disability_grade": "二级", "relation_to_head": "户主", "residence_status": "在家", "employment_status": "其他", "medical_insurance": false, "pension_insurance": true, "self_care_ability": "部分失能", "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "disability_type": "2025-01-01", "disability_grade": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨志强360835195412138857', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7cf6-a15d-88f1e07de9a2', '360835100200', 'person', 1, '{"name": "刘素珍", "phone": "17544104699", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7569-a3c2-7f1d1646328c", "id_number": "360835195808274388", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "health_managed": true, "marital_status": "已婚", "migrant_worker": false, "chronic_disease": true, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "self_care_ability": "完全自理", "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "health_managed": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "self_care_ability": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '刘素珍360835195808274388', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7d33-8fad-c46bb607b8b8', '360835100200', 'person', 1, '{"name": "罗静", "phone": "16673268042", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7688-9669-48aae0e4e376", "id_number": "360835198410319746", "work_place": "省内县外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "丧偶", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗静360835198410319746', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7063-9d77-528acd3a2c25', '360835100200', 'person', 1, '{"name": "杨婷", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7688-9669-48aae0e4e376", "id_number": "360835201502076360", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '杨婷360835201502076360', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7052-96fe-19cc80f47e5b', '360835100200', 'household', 1, '{"name": "罗峰", "address": "石门村3组9号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000010", "monitoring_object": false, "contracted_land_mu": 2.4, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗峰3608351002000010', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7e1e-b788-f3ffd28b951a', '360835100200', 'person', 1, '{"name": "罗峰", "phone": "17399907029", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7052-96fe-19cc80f47e5b", "id_number": "36083519670721599X", "party_member": true, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "party_join_date": "1999-01-05", "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": false, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "party_join_date": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗峰36083519670721599x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7303-9217-49301e0811bf', '360835100200', 'person', 1, '{"name": "赖丽萍", "phone": "13663896050", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5d7b-7052-96fe-19cc80f47e5b", "id_number": "360835196812034568", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '赖丽萍360835196812034568', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7c03-8b3f-24d9852cf422', '360835100200', 'person', 1, '{"name": "罗宇", "phone": "18826763011", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7052-96fe-19cc80f47e5b", "id_number": "360835199211295993", "work_place": "乡内", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗宇360835199211295993', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7c8b-b7cb-5a1c8ad004b6', '360835100200', 'person', 1, '{"name": "罗梦琪", "education": "中专", "ethnicity": "汉族", "household": "01a24427-5d7b-7052-96fe-19cc80f47e5b", "id_number": "360835199502014469", "work_place": "省内县外", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗梦琪360835199502014469', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7f44-a917-9e5afd880920', '360835100200', 'person', 1, '{"name": "朱立新", "phone": "15546317378", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-729a-9ed7-d5755a94aa05", "id_number": "360835196707140633", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱立新360835196707140633', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-70d3-bfa0-afa80b0b03a7', '360835100200', 'person', 1, '{"name": "何秋菊", "phone": "13177763976", "education": "初中", "ethnicity": "畲族", "household": "01a24427-5d7b-729a-9ed7-d5755a94aa05", "id_number": "360835197101104309", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "失业", "medical_insurance": true, "pension_insurance": false, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '何秋菊360835197101104309', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7bfd-89b5-8f583b601770', '360835100200', 'person', 1, '{"name": "朱梦琪", "phone": "18070722077", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-729a-9ed7-d5755a94aa05", "id_number": "360835199203071789", "work_place": "乡内", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "marital_status": "未婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱梦琪360835199203071789', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7635-9b60-4a807c23c39a', '360835100200', 'household', 1, '{"name": "罗军", "address": "石门村3组27号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000012", "monitoring_object": false, "contracted_land_mu": 4.8, "house_safety_level": "C级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗军3608351002000012', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7d2d-9c0f-87b95920983f', '360835100200', 'person', 1, '{"name": "罗军", "phone": "18030068489", "education": "高中", "ethnicity": "汉族", "household": "01a24427-5d7b-7635-9b60-4a807c23c39a", "id_number": "360835198712092014", "work_place": "省外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗军360835198712092014', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-70c2-899d-4c0dd4bbc48c', '360835100200', 'person', 1, '{"name": "罗宇轩", "education": "小学", "ethnicity": "汉族", "household": "01a24427-5d7b-7635-9b60-4a807c23c39a", "id_number": "360835201310197758", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "employment_status": "在校学生", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗宇轩360835201310197758', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7749-a650-09474f1c2887', '360835100200', 'person', 1, '{"name": "熊一鸣", "phone": "17577252614", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-72ae-95cb-337c294e3213", "id_number": "360835199310243873", "work_place": "省外", "party_member": false, "labor_ability": "技能劳动力", "marital_status": "已婚", "migrant_worker": true, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "外出", "employment_status": "务工", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '熊一鸣360835199310243873', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7260-9a39-6b372660a063', '360835100200', 'person', 1, '{"name": "廖紫涵", "phone": "13970211483", "education": "大专", "ethnicity": "汉族", "household": "01a24427-5d7b-72ae-95cb-337c294e3213", "id_number": "360835199502137282", "party_member": false, "labor_ability": "弱劳动力或半劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "disability_type": "精神", "disability_grade": "三级", "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "其他", "medical_insurance": false, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "disability_type": "2025-01-01", "disability_grade": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '廖紫涵360835199502137282', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7536-a113-ea0be50e9051', '360835100200', 'person', 1, '{"name": "熊心怡", "education": "学龄前儿童", "ethnicity": "汉族", "household": "01a24427-5d7b-72ae-95cb-337c294e3213", "id_number": "360835202107285626", "labor_ability": "无劳动力", "marital_status": "未婚", "relation_to_head": "子女", "residence_status": "在家", "medical_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "medical_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '熊心怡360835202107285626', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-769f-a0e5-0db9e6bad1e0', '360835100200', 'household', 1, '{"name": "罗俊杰", "address": "石门村3组35号", "dibao_status": "未纳入", "tekun_status": "未纳入", "sanitary_toilet": true, "household_number": "3608351002000014", "monitoring_object": false, "contracted_land_mu": 1.6, "house_safety_level": "A级", "poverty_alleviated": false, "drinking_water_safe": true}', '{"name": "2025-01-01", "address": "2025-01-01", "dibao_status": "2025-01-01", "tekun_status": "2025-01-01", "sanitary_toilet": "2025-01-01", "household_number": "2025-01-01", "monitoring_object": "2025-01-01", "contracted_land_mu": "2025-01-01", "house_safety_level": "2025-01-01", "poverty_alleviated": "2025-01-01", "drinking_water_safe": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗俊杰3608351002000014', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7b3d-91ec-02470cc60259', '360835100200', 'person', 1, '{"name": "罗俊杰", "phone": "13883966687", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-769f-a0e5-0db9e6bad1e0", "id_number": "36083519930905897X", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "户主", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": true}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '罗俊杰36083519930905897x', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-77ca-95f8-e78d6bfe81b8', '360835100200', 'person', 1, '{"name": "邱梦瑶", "phone": "19181597036", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-769f-a0e5-0db9e6bad1e0", "id_number": "360835199802064142", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "个体经营", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2025-01-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2025-01-01", "employment_status": "2025-01-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '邱梦瑶360835199802064142', '2026-10-01 00:30:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5b59-7427-bc6c-66388e592234', '360835100001', 'person', 2, '{"name": "朱明轩", "phone": "17733932931", "education": "大专", "ethnicity": "汉族", "household": "01a24427-5b59-706c-9874-a163a3b14c40", "id_number": "360835199608281493", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "未婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "子女", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": false, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2026-11-01", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2026-11-01", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2026-11-01", "employment_status": "2026-11-01", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '朱明轩360835199608281493', '2026-11-01 03:23:00+00');
INSERT INTO formhub.entities VALUES ('360835000000', '01a24427-5d7b-7f93-b7d3-e13bd364e201', '360835100200', 'person', 2, '{"name": "彭玲", "phone": "13114986392", "education": "初中", "ethnicity": "汉族", "household": "01a24427-5d7b-7635-9b60-4a807c23c39a", "id_number": "36083519891116202X", "party_member": false, "labor_ability": "普通劳动力", "marital_status": "已婚", "migrant_worker": false, "chronic_disease": false, "relation_to_head": "配偶", "residence_status": "在家", "employment_status": "务农", "medical_insurance": true, "pension_insurance": true, "family_doctor_signed": false}', '{"name": "2025-01-01", "phone": "2025-01-01", "education": "2025-01-01", "ethnicity": "2025-01-01", "household": "2025-01-01", "id_number": "2025-01-01", "work_place": "2026-11-11", "party_member": "2025-01-01", "labor_ability": "2025-01-01", "marital_status": "2025-01-01", "migrant_worker": "2026-11-11", "chronic_disease": "2025-01-01", "relation_to_head": "2025-01-01", "residence_status": "2026-11-11", "employment_status": "2026-11-11", "medical_insurance": "2025-01-01", "pension_insurance": "2025-01-01", "family_doctor_signed": "2025-01-01"}', '2025-01-01', NULL, NULL, NULL, '彭玲36083519891116202x', '2026-11-11 06:52:00+00');


--
-- Data for Name: events; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 1, '360835100001', 1, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["cultivated_land_mu",null,2.4],["permanent_farmland_mu",null,1.9],["area_mu",null,36],["natural_villages",null,0],["villager_groups",null,2],["cadres",null,8],["poverty_alleviated_village",null,false],["road_hardened",null,true],["tap_water_coverage",null,100],["broadband",null,true],["has_clinic",null,true],["distance_to_township_km",null,1.6],["party_branch_type",null,"联合党支部"]]}', '0000000000000000000000000000000000000000000000000000000000000000', '09e4f6cead2d290cf49c6331604160ba267cff9adb9e0a166aa646c3baa36fec', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 2, '360835100001', 2, '01a24427-5b59-7a5d-8d56-108117ed7a8c', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱伟"],["household_number",null,"3608351000010001"],["address",null,"城关社区新华街2号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,2.2],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '09e4f6cead2d290cf49c6331604160ba267cff9adb9e0a166aa646c3baa36fec', 'f4a929688bcf4cd3a77933a6fc1a51356267c72e3396a82e552271994874f676', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 3, '360835100001', 3, '01a24427-5b59-797b-a545-b3cabfcc8cb9', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱伟"],["id_number",null,"36083519870613277X"],["relation_to_head",null,"户主"],["marital_status",null,"离婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"13878507474"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"公益性岗位"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7a5d-8d56-108117ed7a8c"]]}', 'f4a929688bcf4cd3a77933a6fc1a51356267c72e3396a82e552271994874f676', 'a2a159966d6c1f01b5c790d33fb7f6c0407a7ea329e315b66dcb4215abe5c118', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 4, '360835100001', 4, '01a24427-5b59-7534-ba1e-42bde5066684', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱浩然"],["id_number",null,"360835201311103039"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7a5d-8d56-108117ed7a8c"]]}', 'a2a159966d6c1f01b5c790d33fb7f6c0407a7ea329e315b66dcb4215abe5c118', '3db6ad2a7f734dcb8f29dad589c241f2ba2156ec7c3be5a26d2b32be035aa1d9', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 5, '360835100001', 5, '01a24427-5b59-7792-8391-92f9b609d9ed', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪志明"],["household_number",null,"3608351000010002"],["address",null,"城关社区和平路116号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,7.5],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '3db6ad2a7f734dcb8f29dad589c241f2ba2156ec7c3be5a26d2b32be035aa1d9', 'feb8385aa8a5943363315a5b73dd855db775bae3cac29ece63f9b28a02dec9a6', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 6, '360835100001', 6, '01a24427-5b59-7832-b9c4-c192809763d8', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪志明"],["id_number",null,"360835197411052575"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"个体经营"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,true],["party_join_date",null,"2010-08-07"],["household",null,"01a24427-5b59-7792-8391-92f9b609d9ed"]]}', 'feb8385aa8a5943363315a5b73dd855db775bae3cac29ece63f9b28a02dec9a6', 'f17d6d95e34c9da3cbe1838224f7a792b3eb60abd62dac65025234edd447bdbb', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 7, '360835100001', 7, '01a24427-5b59-7ec4-906d-e07088d5011e', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"江雪梅"],["id_number",null,"360835197903274828"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"18143300048"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7792-8391-92f9b609d9ed"]]}', 'f17d6d95e34c9da3cbe1838224f7a792b3eb60abd62dac65025234edd447bdbb', 'a9cea7dad3fb2d8496997ce5c39e8b7ab7b6d0642cfe6d059a3ce67023cc9724', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 8, '360835100001', 8, '01a24427-5b59-7862-a85e-2f58c84ac2ef', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪文博"],["id_number",null,"360835200409153734"],["relation_to_head",null,"子女"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"本科及以上"],["phone",null,"19907550139"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["chronic_disease",null,false],["family_doctor_signed",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7792-8391-92f9b609d9ed"]]}', 'a9cea7dad3fb2d8496997ce5c39e8b7ab7b6d0642cfe6d059a3ce67023cc9724', 'bbb2454ba7077f7530ae87b6fcdcf869b94eb62f850db316ea29432726ec895c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 9, '360835100001', 9, '01a24427-5b59-7507-82f7-0aa1102d72c2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"胡子萱"],["id_number",null,"360835200404167360"],["relation_to_head",null,"其他"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"本科及以上"],["phone",null,"15392271459"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["chronic_disease",null,false],["family_doctor_signed",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7792-8391-92f9b609d9ed"]]}', 'bbb2454ba7077f7530ae87b6fcdcf869b94eb62f850db316ea29432726ec895c', '0d4ddd86117061e952d23afd53344715f5156d968480ad2b5d4ecf905f12a6e4', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 10, '360835100001', 10, '01a24427-5b59-7404-b45a-742178df7f56', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪欣怡"],["id_number",null,"360835202412094068"],["relation_to_head",null,"孙子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"学龄前儿童"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5b59-7792-8391-92f9b609d9ed"]]}', '0d4ddd86117061e952d23afd53344715f5156d968480ad2b5d4ecf905f12a6e4', 'd07feec2e930c169d39c80a3d59ff38afe8a1e1df81024614e34b6d59006c039', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 11, '360835100001', 11, '01a24427-5b59-74eb-8972-c3c25f93b80a', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"赵建平"],["household_number",null,"3608351000010003"],["address",null,"城关社区新华街67号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', 'd07feec2e930c169d39c80a3d59ff38afe8a1e1df81024614e34b6d59006c039', '8bbeeceb0eb8cbb1f3762966a73f99a425087a12f56726097662d7f72c29de68', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 12, '360835100001', 12, '01a24427-5b59-7109-9972-d3f3fc1ba05a', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"赵建平"],["id_number",null,"360835197705097779"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"19861240044"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-74eb-8972-c3c25f93b80a"]]}', '8bbeeceb0eb8cbb1f3762966a73f99a425087a12f56726097662d7f72c29de68', '9e59a8693eff6bed35a3be9a2065b61e4a3394d4153e913201281fc0d48c8078', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 13, '360835100001', 13, '01a24427-5b59-7a7f-b181-e7a432c2da5c', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"肖燕"],["id_number",null,"360835197908178288"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"17724845261"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-74eb-8972-c3c25f93b80a"]]}', '9e59a8693eff6bed35a3be9a2065b61e4a3394d4153e913201281fc0d48c8078', '65df408160c2d4d4b0ff3542b45fa13f9ce9a09e35b9e4f72ee20b090a646978', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 14, '360835100001', 14, '01a24427-5b59-79c8-9c4c-20c33297553d', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"赵一诺"],["id_number",null,"360835200502186469"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"17779548358"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-74eb-8972-c3c25f93b80a"]]}', '65df408160c2d4d4b0ff3542b45fa13f9ce9a09e35b9e4f72ee20b090a646978', 'cd97a09a72c86d4ff69be4986093a072385cb36764cdf905d46760b484f43339', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 15, '360835100001', 15, '01a24427-5b59-706c-9874-a163a3b14c40', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱明"],["household_number",null,"3608351000010004"],["address",null,"城关社区滨江路20号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', 'cd97a09a72c86d4ff69be4986093a072385cb36764cdf905d46760b484f43339', 'a62e0ca930f8ac2b526a71cee6ef752c166ed89b68933a481c327178f493284c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 16, '360835100001', 16, '01a24427-5b59-7452-a70a-aaacb29b6ff2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱明"],["id_number",null,"360835196903281177"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"18395504094"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"县内乡外"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-706c-9874-a163a3b14c40"]]}', 'a62e0ca930f8ac2b526a71cee6ef752c166ed89b68933a481c327178f493284c', '82de613e8d84750a2d25be7d755a85d0eecaf3d80137b598e8a8015a33c8ab20', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 17, '360835100001', 17, '01a24427-5b59-7f55-9bfe-59d126864027', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪慧"],["id_number",null,"36083519701128684X"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"13630246010"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-706c-9874-a163a3b14c40"]]}', '82de613e8d84750a2d25be7d755a85d0eecaf3d80137b598e8a8015a33c8ab20', 'df4f353e295a521ec65811a00ee1d6eafc937febedcd96f457447891d08f7980', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 18, '360835100001', 18, '01a24427-5b59-7da1-9673-2a1616f0b029', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱宇航"],["id_number",null,"360835199401235334"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"高中"],["phone",null,"13573426187"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-706c-9874-a163a3b14c40"]]}', 'df4f353e295a521ec65811a00ee1d6eafc937febedcd96f457447891d08f7980', '83231a79e44d62d53cfc20ca6e50794049f3eecd2c1a2a37e0324281e696a6db', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 19, '360835100001', 19, '01a24427-5b59-7427-bc6c-66388e592234', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱明轩"],["id_number",null,"360835199608281493"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"大专"],["phone",null,"17733932931"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-706c-9874-a163a3b14c40"]]}', '83231a79e44d62d53cfc20ca6e50794049f3eecd2c1a2a37e0324281e696a6db', 'c60b61e7f0aeadea16c7bb4e41914e1ae9095d6268a4ad3e603d582602865f8c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 63, '360835100001', 63, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', 'a200757c4340706cf7d6d8eeae7b8d1fa4795f1642a425a86b3b3556f7ca818e', 'ce804bc5e40f43d651cbc28ada710d0be4e03f5c0e1422417763e39e5a21b209', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 20, '360835100001', 20, '01a24427-5b59-7ea3-b2c8-4f392b1b87b1', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄志华"],["household_number",null,"3608351000010005"],["address",null,"城关社区和平路100号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,4.8],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', 'c60b61e7f0aeadea16c7bb4e41914e1ae9095d6268a4ad3e603d582602865f8c', 'ed7a4a9a0c2fa5972e38e910d57393fe7e13351e31d26a477a454c2dfd263104', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 21, '360835100001', 21, '01a24427-5b59-7eaf-aa65-369e8d9a0473', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄志华"],["id_number",null,"360835196906281957"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7ea3-b2c8-4f392b1b87b1"]]}', 'ed7a4a9a0c2fa5972e38e910d57393fe7e13351e31d26a477a454c2dfd263104', '518b0a4226e69a19f1413657baa81015341df3c7b44787606da69f30496960cf', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 22, '360835100001', 22, '01a24427-5b59-7c04-9a41-2ba145467101', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱小芳"],["id_number",null,"36083519740524700X"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"个体经营"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7ea3-b2c8-4f392b1b87b1"]]}', '518b0a4226e69a19f1413657baa81015341df3c7b44787606da69f30496960cf', '6d75360877cf13162293b1c0d8a488fd1f4d852f06c927e5d02e1ec023976d50', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 23, '360835100001', 23, '01a24427-5b59-7e15-998d-a47f00d6ada8', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄锦程"],["id_number",null,"360835199203239617"],["relation_to_head",null,"子女"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"15664394571"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7ea3-b2c8-4f392b1b87b1"]]}', '6d75360877cf13162293b1c0d8a488fd1f4d852f06c927e5d02e1ec023976d50', 'e38e78011afd1431aea83edb9ddcbefabeab7b1344e66c6d20b24e92f929608c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 24, '360835100001', 24, '01a24427-5b59-7da5-bd82-08e670dbaef9', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄可欣"],["id_number",null,"360835201507149127"],["relation_to_head",null,"孙子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7ea3-b2c8-4f392b1b87b1"]]}', 'e38e78011afd1431aea83edb9ddcbefabeab7b1344e66c6d20b24e92f929608c', '4030f9060ee68bb6897d0b3832c97cefb287cbd0fed3c30e32f9db43f3da0434', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 25, '360835100001', 25, '01a24427-5b59-7587-b730-92f1d9f55f47', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱勇"],["household_number",null,"3608351000010006"],["address",null,"城关社区解放路167号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '4030f9060ee68bb6897d0b3832c97cefb287cbd0fed3c30e32f9db43f3da0434', '6b1875b76507f6381ff39d176b494d08e6a5eedf80841d54b7f0390b49b7236f', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 26, '360835100001', 26, '01a24427-5b59-7e4f-af16-f058e5a5d9e2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱勇"],["id_number",null,"36083519660502165X"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"畲族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"19927038909"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7587-b730-92f1d9f55f47"]]}', '6b1875b76507f6381ff39d176b494d08e6a5eedf80841d54b7f0390b49b7236f', 'f32b5b07e52771ec7a2c730448c7aa50e941cedb25aba4447ee6cd5cb826ae83', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 27, '360835100001', 27, '01a24427-5b59-77a1-b6dc-00558af96624', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"王小英"],["id_number",null,"360835196901179320"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"畲族"],["residence_status",null,"外出"],["education",null,"高中"],["phone",null,"18939396036"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7587-b730-92f1d9f55f47"]]}', 'f32b5b07e52771ec7a2c730448c7aa50e941cedb25aba4447ee6cd5cb826ae83', '2895aa3ea51bfd71e3051f55f4606c6cf7440a8ad5ed25990224a1fb86c9f722', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 28, '360835100001', 28, '01a24427-5b59-7526-a897-a854c8d6acfd', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱宇航"],["id_number",null,"360835199608070397"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"畲族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"15688692856"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7587-b730-92f1d9f55f47"]]}', '2895aa3ea51bfd71e3051f55f4606c6cf7440a8ad5ed25990224a1fb86c9f722', '8bea887d82f6c0cf7433d9e1a18089c161b2c334060b13bb40c836b489959893', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 64, '360835100001', 64, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', 'ce804bc5e40f43d651cbc28ada710d0be4e03f5c0e1422417763e39e5a21b209', '0996f62530a9ec46856ebcdc0d8fde8f6ce1498a5fdfea8639f59df32b86e04e', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 29, '360835100001', 29, '01a24427-5b59-7acf-8abe-310105ddbff6', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱梓豪"],["id_number",null,"360835199812229115"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"畲族"],["residence_status",null,"外出"],["education",null,"大专"],["phone",null,"17840855477"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7587-b730-92f1d9f55f47"]]}', '8bea887d82f6c0cf7433d9e1a18089c161b2c334060b13bb40c836b489959893', '1e9cfe4f91bf69bd2cd7d3a60c923ddf2a2f053091f0ba6c32f81439f8a9c91d', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 30, '360835100001', 30, '01a24427-5b59-779c-8528-b0e70f472ada', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"傅文华"],["household_number",null,"3608351000010007"],["address",null,"城关社区解放路67号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '1e9cfe4f91bf69bd2cd7d3a60c923ddf2a2f053091f0ba6c32f81439f8a9c91d', '08cb7bb69cbdec0ea73c678f9e54ffc0a99d54de32130e51ddd6a7636b40fb87', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 31, '360835100001', 31, '01a24427-5b59-7aed-8d79-d4c6a19c708e', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"傅文华"],["id_number",null,"360835195202205636"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"14905640447"],["migrant_worker",null,false],["labor_ability",null,"丧失劳动力"],["employment_status",null,"其他"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,true],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-779c-8528-b0e70f472ada"]]}', '08cb7bb69cbdec0ea73c678f9e54ffc0a99d54de32130e51ddd6a7636b40fb87', 'c60c50e8c911dc99a02161959be92f292580e0e9cc9fd618cc6c302859c9c419', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 32, '360835100001', 32, '01a24427-5b59-7625-8b64-5da9b3bae839', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴满秀"],["id_number",null,"360835195407015027"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"13362778385"],["migrant_worker",null,false],["labor_ability",null,"丧失劳动力"],["employment_status",null,"其他"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-779c-8528-b0e70f472ada"]]}', 'c60c50e8c911dc99a02161959be92f292580e0e9cc9fd618cc6c302859c9c419', '3cfb7b67d85117d18b8812ff94651582775ad17cafb4f55462a44dd3fc3fafe4', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 33, '360835100001', 33, '01a24427-5b59-7132-b57a-8bc9ffcf9dd9', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"程建平"],["household_number",null,"3608351000010008"],["address",null,"城关社区解放路126号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '3cfb7b67d85117d18b8812ff94651582775ad17cafb4f55462a44dd3fc3fafe4', 'ba6434a59cec17b570686892796a8a2cfaeb473eaf1a38766fbe91e81543c120', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 34, '360835100001', 34, '01a24427-5b59-7b0b-89b1-71b0b9b20195', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"程建平"],["id_number",null,"360835198004021231"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"13189207318"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7132-b57a-8bc9ffcf9dd9"]]}', 'ba6434a59cec17b570686892796a8a2cfaeb473eaf1a38766fbe91e81543c120', 'fc1236ae0906a45a01f2886449264adade2ad7c813d43c2b40d0155d40f89707', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 35, '360835100001', 35, '01a24427-5b59-71e8-abc8-87d7042182a1', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"张玲"],["id_number",null,"360835198309101283"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"15388004381"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7132-b57a-8bc9ffcf9dd9"]]}', 'fc1236ae0906a45a01f2886449264adade2ad7c813d43c2b40d0155d40f89707', '4765ff36459d50b2bb200d04aaa98a296c45420ff50cae5ee2a5727dc6c41980', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 36, '360835100001', 36, '01a24427-5b59-7c3c-9e67-2a34e5899663', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"程志远"],["id_number",null,"360835201206140938"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7132-b57a-8bc9ffcf9dd9"]]}', '4765ff36459d50b2bb200d04aaa98a296c45420ff50cae5ee2a5727dc6c41980', '67224cba89aa5effcba4fa94879f48c2c7e15a6bf376fdde283e7dbf41cf0053', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 37, '360835100001', 37, '01a24427-5b59-7365-9bc0-446ccb582c14', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"程梓涵"],["id_number",null,"360835201408195988"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7132-b57a-8bc9ffcf9dd9"]]}', '67224cba89aa5effcba4fa94879f48c2c7e15a6bf376fdde283e7dbf41cf0053', '2d4e1eaadf664c80420e4a33f3d585087912cb31266743ebb35f6791e483d193', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 65, '360835100001', 65, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '0996f62530a9ec46856ebcdc0d8fde8f6ce1498a5fdfea8639f59df32b86e04e', '223e1449e922f482cd2331b38df52df12ccd23c07a26507ecbbe4507f4c96f9d', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 38, '360835100001', 38, '01a24427-5b59-7967-b0b4-d63eb6450ceb', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨华"],["household_number",null,"3608351000010009"],["address",null,"城关社区人民路158号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,3.5],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '2d4e1eaadf664c80420e4a33f3d585087912cb31266743ebb35f6791e483d193', 'f4054d394c1889d3856b5ab26860058b9b4489b81538f2010bc04cbb01579a6f', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 39, '360835100001', 39, '01a24427-5b59-7969-9067-ba3b327b1696', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨华"],["id_number",null,"360835198706136674"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"16600169626"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7967-b0b4-d63eb6450ceb"]]}', 'f4054d394c1889d3856b5ab26860058b9b4489b81538f2010bc04cbb01579a6f', 'aa9a0717cbca52a63cd94243555f40bfb400535e85b616f980554a8d4fed5c8d', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 40, '360835100001', 40, '01a24427-5b59-7638-bc1c-6b8eb0072c7e', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄一诺"],["id_number",null,"360835199003053607"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"14774010328"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7967-b0b4-d63eb6450ceb"]]}', 'aa9a0717cbca52a63cd94243555f40bfb400535e85b616f980554a8d4fed5c8d', '503f9b776fc81bbe7b2a619f69498bd1a74471c2798eb0274c70b68dfb5dd8dd', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 41, '360835100001', 41, '01a24427-5b59-7036-8eb8-19992df17443', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨鑫"],["id_number",null,"360835201302209253"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5b59-7967-b0b4-d63eb6450ceb"]]}', '503f9b776fc81bbe7b2a619f69498bd1a74471c2798eb0274c70b68dfb5dd8dd', 'ea130158e479075116d71e9a8e3fdab0fe89a3adf8e28fff5490d5ba1fe73ea2', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 42, '360835100001', 42, '01a24427-5b59-7f92-b746-ae50e30e86bf', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨皓"],["id_number",null,"360835201908016114"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"学龄前儿童"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7967-b0b4-d63eb6450ceb"]]}', 'ea130158e479075116d71e9a8e3fdab0fe89a3adf8e28fff5490d5ba1fe73ea2', '00156d1942cca4ab845d4d69e65e0e4e14bdc698f3147971aa39813f7a75f301', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 43, '360835100001', 43, '01a24427-5b59-74c1-ad5a-270a344c8fa5', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨晨阳"],["id_number",null,"360835202207048759"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"学龄前儿童"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5b59-7967-b0b4-d63eb6450ceb"]]}', '00156d1942cca4ab845d4d69e65e0e4e14bdc698f3147971aa39813f7a75f301', '77428399c49c91efb364a81d7809026c927605aae7f63c8181ee98a25a40ae32', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 44, '360835100001', 44, '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱贵生"],["household_number",null,"3608351000010010"],["address",null,"城关社区文化路141号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"在保"],["dibao_persons",null,1]]}', '77428399c49c91efb364a81d7809026c927605aae7f63c8181ee98a25a40ae32', 'be25d7115f8a9287d870dc31a75bffc355f8d3ddbdee04d978f79ebdcac094b2', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 45, '360835100001', 45, '01a24427-5b59-7e67-ac35-4524339f22dc', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱贵生"],["id_number",null,"360835196204063496"],["relation_to_head",null,"户主"],["marital_status",null,"丧偶"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"19105342122"],["migrant_worker",null,false],["labor_ability",null,"弱劳动力或半劳动力"],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-748b-9c26-fbda618f6db6"]]}', 'be25d7115f8a9287d870dc31a75bffc355f8d3ddbdee04d978f79ebdcac094b2', 'd27df4da0a36324f426a3eebd28732f3d939915e07a91fb7dc8cf93893578f2d', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 46, '360835100001', 46, '01a24427-5b59-7b81-85cc-9da4c1a91812', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄红军"],["household_number",null,"3608351000010011"],["address",null,"城关社区人民路93号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', 'd27df4da0a36324f426a3eebd28732f3d939915e07a91fb7dc8cf93893578f2d', '025085c4fd3379b17acbbbaba07139aeea81dd76454c84030753ca346985a5b7', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 47, '360835100001', 47, '01a24427-5b59-7766-bcb0-9e0d5ecc95bb', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄红军"],["id_number",null,"360835197502254279"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"15226124095"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7b81-85cc-9da4c1a91812"]]}', '025085c4fd3379b17acbbbaba07139aeea81dd76454c84030753ca346985a5b7', '3f244f40f1bc48196623581d06d684713c61967dfb09963eee36afb9e80cec10', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 48, '360835100001', 48, '01a24427-5b59-7a8c-8a1a-dd3086956ef2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"胡敏"],["id_number",null,"360835197909041929"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"18257976957"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"个体经营"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7b81-85cc-9da4c1a91812"]]}', '3f244f40f1bc48196623581d06d684713c61967dfb09963eee36afb9e80cec10', '7a4e63d1f5d30924ea163584f8bd8ba8319ada0851eb3580075e07b59aa1ce02', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 49, '360835100001', 49, '01a24427-5b59-7239-991e-a8c41ce364df', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄思远"],["id_number",null,"36083520020805211X"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"中专"],["phone",null,"17541450581"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7b81-85cc-9da4c1a91812"]]}', '7a4e63d1f5d30924ea163584f8bd8ba8319ada0851eb3580075e07b59aa1ce02', 'e84a814aaa9d1755228633881b02f7115047bb03197a3ad01fc255f37b387370', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 50, '360835100001', 50, '01a24427-5b59-70ea-b306-fbf4bc2629d7', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄宇航"],["id_number",null,"360835200511301211"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"大专"],["phone",null,"13584755891"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["chronic_disease",null,false],["family_doctor_signed",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7b81-85cc-9da4c1a91812"]]}', 'e84a814aaa9d1755228633881b02f7115047bb03197a3ad01fc255f37b387370', 'e4ce4ca64a425eada2bd36fb9e993f8f9bdd7a10ecf586f006ec3d69906a23a0', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 51, '360835100001', 51, '01a24427-5b59-71d6-81cd-337d000b11a2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"黄欣妍"],["id_number",null,"360835200906035667"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5b59-7b81-85cc-9da4c1a91812"]]}', 'e4ce4ca64a425eada2bd36fb9e993f8f9bdd7a10ecf586f006ec3d69906a23a0', '1e57a96a7574ade3e8a9049bc71fbe19010ffe91b9e908c23d8aafdf7781ddcb', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 52, '360835100001', 52, '01a24427-5b59-7016-8bc4-3d37eca96f72', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"刘涛"],["household_number",null,"3608351000010012"],["address",null,"城关社区人民路60号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '1e57a96a7574ade3e8a9049bc71fbe19010ffe91b9e908c23d8aafdf7781ddcb', '6c1811ef04d06f0142560a4454a4e83de32dbcda2f34a18fcfbe77f2bc4517bb', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 53, '360835100001', 53, '01a24427-5b59-76ac-aeaa-aa31616cf7c9', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"刘涛"],["id_number",null,"360835198605206979"],["relation_to_head",null,"户主"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"19971554090"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5b59-7016-8bc4-3d37eca96f72"]]}', '6c1811ef04d06f0142560a4454a4e83de32dbcda2f34a18fcfbe77f2bc4517bb', '72bf3c676da01cd6a52ebd1952671eaecb85fd8188668bc22c772e1468b75cf5', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 54, '360835100001', 54, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["collective_income",null,17.99]]}', '72bf3c676da01cd6a52ebd1952671eaecb85fd8188668bc22c772e1468b75cf5', '940c20e91c309a6d1b258dd54196db36b70815d946308285b6d3bf530b9751ce', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 55, '360835100001', 55, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["operating_income",null,3.06]]}', '940c20e91c309a6d1b258dd54196db36b70815d946308285b6d3bf530b9751ce', '5294c91f6f92b8524fd53d9e45dc245112f92835124f9e864368f9fc2ae73efd', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 56, '360835100001', 56, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["collective_expenses",null,8.10]]}', '5294c91f6f92b8524fd53d9e45dc245112f92835124f9e864368f9fc2ae73efd', '810cb430af004ebb143b555837b8e8d710761a08f9f4c952cfd77638670edd84', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 57, '360835100001', 57, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["distributed_amount",null,0]]}', '810cb430af004ebb143b555837b8e8d710761a08f9f4c952cfd77638670edd84', '37ddb3674c29efaf11c2d84e828627434726d66673aedac98457d18ff5eaf97f', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 58, '360835100001', 58, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '37ddb3674c29efaf11c2d84e828627434726d66673aedac98457d18ff5eaf97f', 'b39c1e35b25f018266094e9f9c6294a53fd540be70906e9e9fd9bea4733d7024', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 59, '360835100001', 59, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'b39c1e35b25f018266094e9f9c6294a53fd540be70906e9e9fd9bea4733d7024', '3a86ee643b40ac09f76bff85c8b99f6b01faba167695b1989818e20651c7e1da', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 60, '360835100001', 60, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '3a86ee643b40ac09f76bff85c8b99f6b01faba167695b1989818e20651c7e1da', 'b4893c17c5ccdf0d3b626c0d1ca3427b26d801b97046052886459896314be6d7', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 61, '360835100001', 61, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', 'b4893c17c5ccdf0d3b626c0d1ca3427b26d801b97046052886459896314be6d7', '5f73f41b7fe4c3d6d74ceb6cac885587837c2411d230226312b5812fb62362cd', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 62, '360835100001', 62, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '5f73f41b7fe4c3d6d74ceb6cac885587837c2411d230226312b5812fb62362cd', 'a200757c4340706cf7d6d8eeae7b8d1fa4795f1642a425a86b3b3556f7ca818e', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 66, '360835100001', 66, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '223e1449e922f482cd2331b38df52df12ccd23c07a26507ecbbe4507f4c96f9d', '35cc8b02c95319fd6f4e80928325a298038fb9603eb4ebd23a3d3d6d480cb493', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 67, '360835100001', 67, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '35cc8b02c95319fd6f4e80928325a298038fb9603eb4ebd23a3d3d6d480cb493', '1957a01a15f49114ac2dc2c7c814f306dbea2e1611a27d071491bb5e7413407c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 68, '360835100001', 68, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '1957a01a15f49114ac2dc2c7c814f306dbea2e1611a27d071491bb5e7413407c', '6d629854b7c6bc4dda4e109631a6b1363a1b70be2aa0c37c0ef32dce11b975d6', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 69, '360835100001', 69, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '6d629854b7c6bc4dda4e109631a6b1363a1b70be2aa0c37c0ef32dce11b975d6', '311a7a9ce989db2b5fec56e2a7bd6406bfceafebc34dd2c67aaa2f6462fc4fbd', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 70, '360835100001', 70, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', '311a7a9ce989db2b5fec56e2a7bd6406bfceafebc34dd2c67aaa2f6462fc4fbd', 'ffd694533d2d80ae838ce3a4b6c14fea0eb33a05c6a8930c3f22d694ecb8d176', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 71, '360835100001', 71, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'ffd694533d2d80ae838ce3a4b6c14fea0eb33a05c6a8930c3f22d694ecb8d176', 'cc4465d458c540d3346bdb466a6bf0b6acb6b28f9c419f68cb7996a0df191a89', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 72, '360835100001', 72, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', 'cc4465d458c540d3346bdb466a6bf0b6acb6b28f9c419f68cb7996a0df191a89', '6846161f1d22c24987980dadcda2f272607c7f33c89e6da587a1c290c22c18c9', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 73, '360835100001', 73, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,2]]}', '6846161f1d22c24987980dadcda2f272607c7f33c89e6da587a1c290c22c18c9', 'd51d43e33503b097c8f1c0f620e6a57eadea4fa25305ea7d55af2120455a9bfb', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 74, '360835100001', 74, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'd51d43e33503b097c8f1c0f620e6a57eadea4fa25305ea7d55af2120455a9bfb', 'b7fe5909ff434be120d30b2a11115f39381a8a8a6aacc562f718d9d884a530f9', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 75, '360835100001', 75, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,2]]}', 'b7fe5909ff434be120d30b2a11115f39381a8a8a6aacc562f718d9d884a530f9', '5bbc4acfb8cf93d6ded193496b1a7fc105c410fe68c278df470191071b594a85', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 76, '360835100001', 76, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '5bbc4acfb8cf93d6ded193496b1a7fc105c410fe68c278df470191071b594a85', '0ccaabe98c6bd29655ad02ccf85c289166d18d86088c5abc9679d440e37618be', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 77, '360835100001', 77, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '0ccaabe98c6bd29655ad02ccf85c289166d18d86088c5abc9679d440e37618be', 'ce18445d84487b2afea0c5664eed49175b3423459828060f573f64e888348bd0', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 78, '360835100001', 78, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', 'ce18445d84487b2afea0c5664eed49175b3423459828060f573f64e888348bd0', 'ce18f983b4959867afba09be0fa85be2699aec8e7f088d673d665470a0bb1bd5', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 79, '360835100001', 79, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', 'ce18f983b4959867afba09be0fa85be2699aec8e7f088d673d665470a0bb1bd5', 'cdec4028de00c57af4d7a76bd223ac6a7999437e57e474b4c1e2255018620325', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 80, '360835100001', 80, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'cdec4028de00c57af4d7a76bd223ac6a7999437e57e474b4c1e2255018620325', '0163ce52c53cbc70261537a3e31e70a39c0849388d41a8a7b62b6bae6a79de81', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 81, '360835100001', 81, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '0163ce52c53cbc70261537a3e31e70a39c0849388d41a8a7b62b6bae6a79de81', '1aae832970aecee507126cd57ca4264e47a9099c8a72cf18a17c1f65de31c810', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 82, '360835100001', 82, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', '1aae832970aecee507126cd57ca4264e47a9099c8a72cf18a17c1f65de31c810', '60477ee48c09afcedaaed66316b9976c64bb7add826997f49465c9276df86c5c', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 83, '360835100001', 83, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '60477ee48c09afcedaaed66316b9976c64bb7add826997f49465c9276df86c5c', 'c1cc994a3897e685e66690980ef996bee6bff348ccb5161509b3fd3af3573108', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 84, '360835100001', 84, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', 'c1cc994a3897e685e66690980ef996bee6bff348ccb5161509b3fd3af3573108', 'f2a8d30f6e8abea937006e5f44e1d0b47a96f99feca3b576f76d84207e1ba9c3', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 85, '360835100001', 85, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', 'f2a8d30f6e8abea937006e5f44e1d0b47a96f99feca3b576f76d84207e1ba9c3', '02031a2072f39df1cc1e429e5d7ffe151e803fd1240c9347875b3486f08d7781', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 86, '360835100001', 86, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '02031a2072f39df1cc1e429e5d7ffe151e803fd1240c9347875b3486f08d7781', '7763af60d8f9dae476afcefdeca579034a9e5265a0035cf2796d8da86478bae3', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 87, '360835100001', 87, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', '7763af60d8f9dae476afcefdeca579034a9e5265a0035cf2796d8da86478bae3', '1ee83204edd24dfc37364750e90b50ee4a6f732f6f831a3f9633b8a231b716e8', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 88, '360835100001', 88, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '1ee83204edd24dfc37364750e90b50ee4a6f732f6f831a3f9633b8a231b716e8', '6ed253119e0461737576ab7461d35321c5354a83f079a2e5f0320ecdffb69705', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 89, '360835100001', 89, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '6ed253119e0461737576ab7461d35321c5354a83f079a2e5f0320ecdffb69705', '715edb9cc98da194e2237753e508a9402f016a2d7beeaff49b618a89f3920ca7', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 90, '360835100001', 90, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '715edb9cc98da194e2237753e508a9402f016a2d7beeaff49b618a89f3920ca7', 'dd2f8d991bdcf53e0a8cfb72df2eff3e18cfe5a784ca2fc2c5ee33d6a9bcd8a0', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 91, '360835100001', 91, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', 'dd2f8d991bdcf53e0a8cfb72df2eff3e18cfe5a784ca2fc2c5ee33d6a9bcd8a0', '3567d6e01c068b288261333de837aa91d2026b4c946235e96617e6ea938b00bb', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 92, '360835100001', 92, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '3567d6e01c068b288261333de837aa91d2026b4c946235e96617e6ea938b00bb', '95b41dafd45579a510ec66725ad3d6189af0164017e583267f4f47378ef57025', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 93, '360835100001', 93, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', '95b41dafd45579a510ec66725ad3d6189af0164017e583267f4f47378ef57025', 'abe9b9643abbfa834378a338b186d3059b3fac24dbd108ba1dc27b8362db929d', '1077', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 94, '360835100200', 1, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["cultivated_land_mu",null,44.4],["permanent_farmland_mu",null,35.5],["area_mu",null,411],["natural_villages",null,2],["villager_groups",null,3],["cadres",null,9],["poverty_alleviated_village",null,false],["road_hardened",null,true],["tap_water_coverage",null,96.5],["broadband",null,true],["has_clinic",null,true],["distance_to_township_km",null,7.5],["party_branch_type",null,"联合党支部"]]}', '0000000000000000000000000000000000000000000000000000000000000000', '56cc0670c1c719b192124cc2d92891e0b8c0cb29e5b3770856c8a8c626bf2647', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 95, '360835100200', 2, '01a24427-5d7b-75db-a2b3-b2a197bcf7e7', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗国华"],["household_number",null,"3608351002000001"],["address",null,"石门村2组48号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,1.2],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '56cc0670c1c719b192124cc2d92891e0b8c0cb29e5b3770856c8a8c626bf2647', '5ebcd6be4135959a842fa0bf54771a0c0a5c1f23f8537f422457ee2e722d7258', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 96, '360835100200', 3, '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗国华"],["id_number",null,"36083519451018393X"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"文盲或半文盲"],["migrant_worker",null,false],["labor_ability",null,"无劳动力"],["employment_status",null,"其他"],["chronic_disease",null,false],["health_managed",null,false],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-75db-a2b3-b2a197bcf7e7"]]}', '5ebcd6be4135959a842fa0bf54771a0c0a5c1f23f8537f422457ee2e722d7258', '475bea37b61f6da69bf24d71e96cceaab6b270454c3791619c18241f0cd5ca08', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 97, '360835100200', 4, '01a24427-5d7b-7001-b2e2-741e04979f06', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"邓月娥"],["id_number",null,"360835195002055709"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"文盲或半文盲"],["phone",null,"13009024462"],["migrant_worker",null,false],["labor_ability",null,"丧失劳动力"],["employment_status",null,"其他"],["chronic_disease",null,false],["health_managed",null,true],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-75db-a2b3-b2a197bcf7e7"]]}', '475bea37b61f6da69bf24d71e96cceaab6b270454c3791619c18241f0cd5ca08', '1840d07fd706c7c03595412f9882a58515502e0a72f6dc3f8fdd399f9d4f4e7e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 98, '360835100200', 5, '01a24427-5d7b-7c7f-a783-3d1bdb38a5ce', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗峰"],["household_number",null,"3608351002000002"],["address",null,"石门村1组58号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,2.8],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '1840d07fd706c7c03595412f9882a58515502e0a72f6dc3f8fdd399f9d4f4e7e', '4b490f33dac637854f3b1f3d77ad9146556dd8895d125a88337204b79aba5585', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 99, '360835100200', 6, '01a24427-5d7b-72ce-b810-3d4d1b5bedf4', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗峰"],["id_number",null,"360835197701140477"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["labor_ability",null,"弱劳动力或半劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7c7f-a783-3d1bdb38a5ce"]]}', '4b490f33dac637854f3b1f3d77ad9146556dd8895d125a88337204b79aba5585', '3dc4d768195042102083080c5982a92614103d7a177bc971314d387f36cbf6b8', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 100, '360835100200', 7, '01a24427-5d7b-7d8c-ab94-f83a55c8bc88', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"傅霞"],["id_number",null,"360835197903105004"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"大专"],["phone",null,"19980381204"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7c7f-a783-3d1bdb38a5ce"]]}', '3dc4d768195042102083080c5982a92614103d7a177bc971314d387f36cbf6b8', '916c55857bef7cbfab1735f33389ef3f820d55b780b471caa7038a3043473d48', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 101, '360835100200', 8, '01a24427-5d7b-7117-a5b9-8e2c081d6872', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗锦程"],["id_number",null,"360835200807284473"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"中专"],["phone",null,"15052961014"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7c7f-a783-3d1bdb38a5ce"]]}', '916c55857bef7cbfab1735f33389ef3f820d55b780b471caa7038a3043473d48', 'f72e4a3f6b644d0c3ffaede3345771021cae9c4c83e5a6d5c7633765c8e686d1', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 102, '360835100200', 9, '01a24427-5d7b-7f14-8afc-92bac91ea544', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗颖"],["id_number",null,"360835201411295146"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7c7f-a783-3d1bdb38a5ce"]]}', 'f72e4a3f6b644d0c3ffaede3345771021cae9c4c83e5a6d5c7633765c8e686d1', '212b6f90e02b3464a57ac8b23573e258d66cf20aae2e19920125bebc45adc3d3', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 103, '360835100200', 10, '01a24427-5d7b-7068-a39e-b6af3b419d07', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"何秀英"],["household_number",null,"3608351002000003"],["address",null,"石门村1组58号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,1.2],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '212b6f90e02b3464a57ac8b23573e258d66cf20aae2e19920125bebc45adc3d3', 'b90b29c5d18214f419bdb074e9c42f09f5130467ac8fe41ef072af4add5a22af', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 104, '360835100200', 11, '01a24427-5d7b-7e15-8fa1-dd8705ede611', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"何秀英"],["id_number",null,"360835194810110943"],["relation_to_head",null,"户主"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"文盲或半文盲"],["phone",null,"14783148841"],["migrant_worker",null,false],["labor_ability",null,"弱劳动力或半劳动力"],["employment_status",null,"务农"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,true],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7068-a39e-b6af3b419d07"]]}', 'b90b29c5d18214f419bdb074e9c42f09f5130467ac8fe41ef072af4add5a22af', '05b3f6bc7c4df54ed1ca2e766ccbfa9acedbe5b0659fe8222fe9708b6b08c5e9', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 105, '360835100200', 12, '01a24427-5d7b-7cab-9429-fd1d3b9832ea', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨志明"],["household_number",null,"3608351002000004"],["address",null,"石门村1组1号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,3.5],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '05b3f6bc7c4df54ed1ca2e766ccbfa9acedbe5b0659fe8222fe9708b6b08c5e9', 'da16960b857b398c5b581053ec6e99b293452ee26577d8c6a770ecd0d79f0384', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 106, '360835100200', 13, '01a24427-5d7b-7a53-b741-6dbfe279f79a', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨志明"],["id_number",null,"360835198010307551"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"15878946106"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7cab-9429-fd1d3b9832ea"]]}', 'da16960b857b398c5b581053ec6e99b293452ee26577d8c6a770ecd0d79f0384', 'efb55a36968611f3a40aee383d7c455c90cb31aae6fb5e0cb1b5262238621217', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 107, '360835100200', 14, '01a24427-5d7b-73de-ab9b-5af3bb71fa7c', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"谢美玲"],["id_number",null,"360835198108108243"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"15856919467"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7cab-9429-fd1d3b9832ea"]]}', 'efb55a36968611f3a40aee383d7c455c90cb31aae6fb5e0cb1b5262238621217', 'cd8fc66b0d9cbd842ea55807e959e9687b5baa89540c1a68b59cd2a62d771004', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 108, '360835100200', 15, '01a24427-5d7b-76c0-a235-d28a77e1d49a', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨嘉豪"],["id_number",null,"360835200812146876"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"中专"],["phone",null,"15711982131"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7cab-9429-fd1d3b9832ea"]]}', 'cd8fc66b0d9cbd842ea55807e959e9687b5baa89540c1a68b59cd2a62d771004', 'a27b4384854a880886e19a2259b8cecadf70a07825ebc0ff3f9ee17024eefdeb', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 109, '360835100200', 16, '01a24427-5d7b-7c40-a24f-141528e32c87', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨梓睿"],["id_number",null,"360835201409072891"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7cab-9429-fd1d3b9832ea"]]}', 'a27b4384854a880886e19a2259b8cecadf70a07825ebc0ff3f9ee17024eefdeb', '1c622464477e640d25f498a3b06f0d9920f5f5158a5cfb13df7817348d2aa825', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 110, '360835100200', 17, '01a24427-5d7b-76a3-8eac-7116c1f244fa', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"欧阳冬英"],["id_number",null,"36083519511231904X"],["relation_to_head",null,"父母"],["marital_status",null,"丧偶"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"15378218176"],["migrant_worker",null,false],["labor_ability",null,"弱劳动力或半劳动力"],["employment_status",null,"其他"],["chronic_disease",null,false],["health_managed",null,true],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7cab-9429-fd1d3b9832ea"]]}', '1c622464477e640d25f498a3b06f0d9920f5f5158a5cfb13df7817348d2aa825', '76eae276767728a09aac102f72e5e232560272e9ee10646a0d9ee12bd343fafb', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 111, '360835100200', 18, '01a24427-5d7b-7e0e-90ae-e209bc7816bb', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴立新"],["household_number",null,"3608351002000005"],["address",null,"石门村1组14号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,3.9],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '76eae276767728a09aac102f72e5e232560272e9ee10646a0d9ee12bd343fafb', 'aaba96fc15692b1b569bb8d0a9fc7839121e9c19ea5e4182d49e3b16c2646153', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 112, '360835100200', 19, '01a24427-5d7b-72f8-b4a4-d6957fec0c4c', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴立新"],["id_number",null,"360835197208126954"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"15202467769"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7e0e-90ae-e209bc7816bb"]]}', 'aaba96fc15692b1b569bb8d0a9fc7839121e9c19ea5e4182d49e3b16c2646153', '9863bf090f0291f555f5860c3b5f2d8e5b769d3e504c3fb69b9ebe803dbfd070', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 113, '360835100200', 20, '01a24427-5d7b-7a21-9e9e-5f7d77013fe5', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"梁琴"],["id_number",null,"360835197204188306"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"中专"],["phone",null,"13726065962"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7e0e-90ae-e209bc7816bb"]]}', '9863bf090f0291f555f5860c3b5f2d8e5b769d3e504c3fb69b9ebe803dbfd070', 'e4d5465ea1f770bb97825b021b9406c32a9947e1f06e328bef41ff2e810d4544', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 114, '360835100200', 21, '01a24427-5d7b-72be-ac53-82ea5d7d65bf', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴若汐"],["id_number",null,"360835202110319188"],["relation_to_head",null,"孙子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"学龄前儿童"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7e0e-90ae-e209bc7816bb"]]}', 'e4d5465ea1f770bb97825b021b9406c32a9947e1f06e328bef41ff2e810d4544', '42287fc33c081c3231091a10887d8e064875a99fb1c7e0b5fe20f730b797e83a', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 115, '360835100200', 22, '01a24427-5d7b-7923-bdbb-3ca2301fc605', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴永红"],["household_number",null,"3608351002000006"],["address",null,"石门村3组55号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,3.9],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '42287fc33c081c3231091a10887d8e064875a99fb1c7e0b5fe20f730b797e83a', '1fafd1c22df25c58e211ca3617b22a058c80e5f87de8e80d12df215b38fa0e34', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 116, '360835100200', 23, '01a24427-5d7b-7f98-beef-89c600a43477', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴永红"],["id_number",null,"360835198509094137"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7923-bdbb-3ca2301fc605"]]}', '1fafd1c22df25c58e211ca3617b22a058c80e5f87de8e80d12df215b38fa0e34', 'a6c7fc7ca3d148e972dd712b7071a7db71ec0cde810b7a5d28eb9dd92bffab12', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 117, '360835100200', 24, '01a24427-5d7b-7ad9-bc25-bc9651e7c0cc', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"汪雪梅"],["id_number",null,"360835198901145445"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"高中"],["phone",null,"13161763791"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"县内乡外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7923-bdbb-3ca2301fc605"]]}', 'a6c7fc7ca3d148e972dd712b7071a7db71ec0cde810b7a5d28eb9dd92bffab12', '1177181a2a98313843aaddf26ea746e1febbf28817a37e5eb4417018e0063385', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 118, '360835100200', 25, '01a24427-5d7b-77f1-9d8c-e026f2843278', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"吴宇轩"],["id_number",null,"360835201509136231"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,true],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7923-bdbb-3ca2301fc605"]]}', '1177181a2a98313843aaddf26ea746e1febbf28817a37e5eb4417018e0063385', '9068ae8e10d68da9edcb927f46361961aa6d2fc43c7c316cbf2e64a275d1585a', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 119, '360835100200', 26, '01a24427-5d7b-7174-b471-e131d1e9fde9', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"聂嘉豪"],["household_number",null,"3608351002000007"],["address",null,"石门村1组11号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,4.8],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '9068ae8e10d68da9edcb927f46361961aa6d2fc43c7c316cbf2e64a275d1585a', '2d5e4248ff9bdad0d162ec189d26e49f9fc357b804d513d4e7c2616e38853a64', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 120, '360835100200', 27, '01a24427-5d7b-7412-a693-dba2af0110ad', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"聂嘉豪"],["id_number",null,"360835199212043632"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"18877865423"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"个体经营"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7174-b471-e131d1e9fde9"]]}', '2d5e4248ff9bdad0d162ec189d26e49f9fc357b804d513d4e7c2616e38853a64', '9fccac7e600050861131154409426facd9498b8846caa154a0241f1764f40b54', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 170, '360835100200', 77, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', '9ed4a872848be75fab6b3a476dd4b8d12d9c8d61619009e56e0626ccf1e6388e', '662927f7e0fce924224c0f744c60a04ba25b5029f91c29876496c1ab47ae2e72', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 171, '360835100200', 78, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '662927f7e0fce924224c0f744c60a04ba25b5029f91c29876496c1ab47ae2e72', '1d6cdabed81c703e4b193f9a34c6ae977ed38df09663e3d2f85994d0df33a69e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 121, '360835100200', 28, '01a24427-5d7b-7290-8d9b-6b68daee5870', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"曾晓雯"],["id_number",null,"360835199704226267"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"高中"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7174-b471-e131d1e9fde9"]]}', '9fccac7e600050861131154409426facd9498b8846caa154a0241f1764f40b54', '01cbfcce91b21eb1f64813bee79784f7dc4773e7d3d42490d0b9fda9e93412b7', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 122, '360835100200', 29, '01a24427-5d7b-7c22-865d-30dcf740644c', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"邹水莲"],["id_number",null,"360835196110142927"],["relation_to_head",null,"父母"],["marital_status",null,"丧偶"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"19914731018"],["migrant_worker",null,false],["labor_ability",null,"弱劳动力或半劳动力"],["employment_status",null,"务农"],["chronic_disease",null,false],["health_managed",null,true],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7174-b471-e131d1e9fde9"]]}', '01cbfcce91b21eb1f64813bee79784f7dc4773e7d3d42490d0b9fda9e93412b7', '8b0e616bc8908e6bc977db2d9f424dea1ee9ddbb8c2e545b3163d87cb1df5a14', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 123, '360835100200', 30, '01a24427-5d7b-7569-a3c2-7f1d1646328c', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨志强"],["household_number",null,"3608351002000008"],["address",null,"石门村3组44号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,2.0],["poverty_alleviated",null,false],["monitoring_object",null,true],["monitoring_type",null,"边缘易致贫户"],["monitoring_date",null,"2023-02-15"],["risk_type",null,"因残"],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '8b0e616bc8908e6bc977db2d9f424dea1ee9ddbb8c2e545b3163d87cb1df5a14', '01db6344ee489c7cd94a255a073e7c724535131c1c702ca3e8e248913ecf06d7', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 124, '360835100200', 31, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨志强"],["id_number",null,"360835195412138857"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["disability_grade",null,"二级"],["disability_type",null,"精神"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"18639071159"],["migrant_worker",null,false],["labor_ability",null,"丧失劳动力"],["employment_status",null,"其他"],["chronic_disease",null,false],["health_managed",null,false],["family_doctor_signed",null,true],["self_care_ability",null,"部分失能"],["pension_insurance",null,true],["medical_insurance",null,false],["party_member",null,false],["household",null,"01a24427-5d7b-7569-a3c2-7f1d1646328c"]]}', '01db6344ee489c7cd94a255a073e7c724535131c1c702ca3e8e248913ecf06d7', '6cfb2765a091a18bed4b125249ef23d4b3a02bad5a7ad8b0b76baaac76d5226f', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 125, '360835100200', 32, '01a24427-5d7b-7cf6-a15d-88f1e07de9a2', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"刘素珍"],["id_number",null,"360835195808274388"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"17544104699"],["migrant_worker",null,false],["labor_ability",null,"弱劳动力或半劳动力"],["employment_status",null,"务农"],["chronic_disease",null,true],["health_managed",null,true],["family_doctor_signed",null,false],["self_care_ability",null,"完全自理"],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7569-a3c2-7f1d1646328c"]]}', '6cfb2765a091a18bed4b125249ef23d4b3a02bad5a7ad8b0b76baaac76d5226f', 'cc90a14d74395077e420406ed6cc7bbfd75853116393d7d3b388e1674340cc32', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 126, '360835100200', 33, '01a24427-5d7b-7688-9669-48aae0e4e376', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗静"],["household_number",null,"3608351002000009"],["address",null,"石门村3组13号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,false],["contracted_land_mu",null,2.2],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', 'cc90a14d74395077e420406ed6cc7bbfd75853116393d7d3b388e1674340cc32', '520046b6ba1f7050565951f38c80954ccca9838e4c06f4af82aad52ee1dd3b20', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 127, '360835100200', 34, '01a24427-5d7b-7d33-8fad-c46bb607b8b8', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗静"],["id_number",null,"360835198410319746"],["relation_to_head",null,"户主"],["marital_status",null,"丧偶"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"16673268042"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7688-9669-48aae0e4e376"]]}', '520046b6ba1f7050565951f38c80954ccca9838e4c06f4af82aad52ee1dd3b20', '67ec17e82c50ce0530ef4bf3df9153b5309144929db1d4e27dbf4f882893c7f3', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 128, '360835100200', 35, '01a24427-5d7b-7063-9d77-528acd3a2c25', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"杨婷"],["id_number",null,"360835201502076360"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7688-9669-48aae0e4e376"]]}', '67ec17e82c50ce0530ef4bf3df9153b5309144929db1d4e27dbf4f882893c7f3', '8c6ec8e3e1e280e0b6682a3c6404f37eda014d2dd8509b91450977d1323adf8c', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 129, '360835100200', 36, '01a24427-5d7b-7052-96fe-19cc80f47e5b', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗峰"],["household_number",null,"3608351002000010"],["address",null,"石门村3组9号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,2.4],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '8c6ec8e3e1e280e0b6682a3c6404f37eda014d2dd8509b91450977d1323adf8c', '283324f40c00b38a2828913e85e32b911754e68024bab690cbfb29b63f5f60d7', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 172, '360835100200', 79, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '1d6cdabed81c703e4b193f9a34c6ae977ed38df09663e3d2f85994d0df33a69e', '52120fcc618a70bc59cbe55d232ab6b875986d248e96f58d913ce2950f5287ff', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 130, '360835100200', 37, '01a24427-5d7b-7e1e-b788-f3ffd28b951a', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗峰"],["id_number",null,"36083519670721599X"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"高中"],["phone",null,"17399907029"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,false],["medical_insurance",null,true],["party_member",null,true],["party_join_date",null,"1999-01-05"],["household",null,"01a24427-5d7b-7052-96fe-19cc80f47e5b"]]}', '283324f40c00b38a2828913e85e32b911754e68024bab690cbfb29b63f5f60d7', '9c2ded293ce1cde0256558c70921386a2316c0adcdf90179d551beed6dbbb096', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 131, '360835100200', 38, '01a24427-5d7b-7303-9217-49301e0811bf', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"赖丽萍"],["id_number",null,"360835196812034568"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"中专"],["phone",null,"13663896050"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7052-96fe-19cc80f47e5b"]]}', '9c2ded293ce1cde0256558c70921386a2316c0adcdf90179d551beed6dbbb096', '498a9c146fe15f51663adacb48ba842576adee947e94f969b24c24f1084ad9c8', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 132, '360835100200', 39, '01a24427-5d7b-7c03-8b3f-24d9852cf422', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗宇"],["id_number",null,"360835199211295993"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"18826763011"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7052-96fe-19cc80f47e5b"]]}', '498a9c146fe15f51663adacb48ba842576adee947e94f969b24c24f1084ad9c8', '91dfe1f492e9a95c7af652f3397121820f570d0be3381815f3a47cd7f86dfd03', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 133, '360835100200', 40, '01a24427-5d7b-7c8b-b7cb-5a1c8ad004b6', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗梦琪"],["id_number",null,"360835199502014469"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"中专"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省内县外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7052-96fe-19cc80f47e5b"]]}', '91dfe1f492e9a95c7af652f3397121820f570d0be3381815f3a47cd7f86dfd03', '2edd54fe004f2ae42481b5397252404f04a693fe8290d567234427c149ffde29', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 134, '360835100200', 41, '01a24427-5d7b-729a-9ed7-d5755a94aa05', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱立新"],["household_number",null,"3608351002000011"],["address",null,"石门村1组26号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,false],["contracted_land_mu",null,3.0],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '2edd54fe004f2ae42481b5397252404f04a693fe8290d567234427c149ffde29', '2cddb0eab4794e336b53cff94ec7f729f13c640724b23af785733986cd8c99e3', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 135, '360835100200', 42, '01a24427-5d7b-7f44-a917-9e5afd880920', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱立新"],["id_number",null,"360835196707140633"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["phone",null,"15546317378"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-729a-9ed7-d5755a94aa05"]]}', '2cddb0eab4794e336b53cff94ec7f729f13c640724b23af785733986cd8c99e3', 'f2297051c4a5ece7e67c69c3b89ea325fc57324f37b688fea24e2113a3c62fe4', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 136, '360835100200', 43, '01a24427-5d7b-70d3-bfa0-afa80b0b03a7', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"何秋菊"],["id_number",null,"360835197101104309"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"畲族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"13177763976"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"失业"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,false],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-729a-9ed7-d5755a94aa05"]]}', 'f2297051c4a5ece7e67c69c3b89ea325fc57324f37b688fea24e2113a3c62fe4', '54ebfc241cb7aa8a86868b53abd39613932eebcd01ab07cd76328886c216fa58', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 137, '360835100200', 44, '01a24427-5d7b-7bfd-89b5-8f583b601770', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"朱梦琪"],["id_number",null,"360835199203071789"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"18070722077"],["labor_ability",null,"弱劳动力或半劳动力"],["migrant_worker",null,false],["employment_status",null,"务工"],["work_place",null,"乡内"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-729a-9ed7-d5755a94aa05"]]}', '54ebfc241cb7aa8a86868b53abd39613932eebcd01ab07cd76328886c216fa58', '14da164684f5ea620abecd4fa3bcf5a3b0da7ef9562456c17263f36283b7aecd', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 138, '360835100200', 45, '01a24427-5d7b-7635-9b60-4a807c23c39a', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗军"],["household_number",null,"3608351002000012"],["address",null,"石门村3组27号"],["house_safety_level",null,"C级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,4.8],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '14da164684f5ea620abecd4fa3bcf5a3b0da7ef9562456c17263f36283b7aecd', 'bcbd3a96f2e1bc382abc32636d6db8ee9720b8cb6afb8fcbe70dbde988a11c37', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 173, '360835100200', 80, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-04-30', '2026-04', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '52120fcc618a70bc59cbe55d232ab6b875986d248e96f58d913ce2950f5287ff', '98e2d5c959022ffd0d2aaefb2c212d92afa3f864a3b8f44c5e1fa8bfbf8bf726', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 139, '360835100200', 46, '01a24427-5d7b-7d2d-9c0f-87b95920983f', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗军"],["id_number",null,"360835198712092014"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"高中"],["phone",null,"18030068489"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7635-9b60-4a807c23c39a"]]}', 'bcbd3a96f2e1bc382abc32636d6db8ee9720b8cb6afb8fcbe70dbde988a11c37', '2771de69ec95a3384a1a45e2d7f3e2917b6c878f303363e49f728e01c4f19a99', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 140, '360835100200', 47, '01a24427-5d7b-7f93-b7d3-e13bd364e201', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"彭玲"],["id_number",null,"36083519891116202X"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"13114986392"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-7635-9b60-4a807c23c39a"]]}', '2771de69ec95a3384a1a45e2d7f3e2917b6c878f303363e49f728e01c4f19a99', '26bd674164326dff1fed22270c986a0251bbd9e0a9f38e93c44e874f1dfd94d2', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 141, '360835100200', 48, '01a24427-5d7b-70c2-899d-4c0dd4bbc48c', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗宇轩"],["id_number",null,"360835201310197758"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"小学"],["employment_status",null,"在校学生"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5d7b-7635-9b60-4a807c23c39a"]]}', '26bd674164326dff1fed22270c986a0251bbd9e0a9f38e93c44e874f1dfd94d2', '11919d4030ff43fbe32d9e6f294ad00202c26f9bc6834fc439e899fbc49dc43d', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 142, '360835100200', 49, '01a24427-5d7b-72ae-95cb-337c294e3213', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"熊一鸣"],["household_number",null,"3608351002000013"],["address",null,"石门村2组12号"],["house_safety_level",null,"B级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,2.7],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '11919d4030ff43fbe32d9e6f294ad00202c26f9bc6834fc439e899fbc49dc43d', '47d209c134002870b0b618aeb4d91dcebf02689c5b80e20ac88d8552d304ad03', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 143, '360835100200', 50, '01a24427-5d7b-7749-a650-09474f1c2887', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"熊一鸣"],["id_number",null,"360835199310243873"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"外出"],["education",null,"初中"],["phone",null,"17577252614"],["labor_ability",null,"技能劳动力"],["migrant_worker",null,true],["employment_status",null,"务工"],["work_place",null,"省外"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-72ae-95cb-337c294e3213"]]}', '47d209c134002870b0b618aeb4d91dcebf02689c5b80e20ac88d8552d304ad03', 'd841455edaccb8764b2bac35ad7855b1091cdde674d1b573a0d227b6c9da721a', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 144, '360835100200', 51, '01a24427-5d7b-7260-9a39-6b372660a063', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"廖紫涵"],["id_number",null,"360835199502137282"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["disability_grade",null,"三级"],["disability_type",null,"精神"],["residence_status",null,"在家"],["education",null,"大专"],["phone",null,"13970211483"],["labor_ability",null,"弱劳动力或半劳动力"],["migrant_worker",null,false],["employment_status",null,"其他"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,false],["party_member",null,false],["household",null,"01a24427-5d7b-72ae-95cb-337c294e3213"]]}', 'd841455edaccb8764b2bac35ad7855b1091cdde674d1b573a0d227b6c9da721a', '748180a668d4479d81ec9d76a84a07cf14b85ae5727f89f5f68cac6320f5e7f8', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 145, '360835100200', 52, '01a24427-5d7b-7536-a113-ea0be50e9051', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"熊心怡"],["id_number",null,"360835202107285626"],["relation_to_head",null,"子女"],["marital_status",null,"未婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"学龄前儿童"],["labor_ability",null,"无劳动力"],["family_doctor_signed",null,false],["medical_insurance",null,true],["household",null,"01a24427-5d7b-72ae-95cb-337c294e3213"]]}', '748180a668d4479d81ec9d76a84a07cf14b85ae5727f89f5f68cac6320f5e7f8', '049e3744df7b043c807c9a95c417519cb1bb17b4983e61840c867cf30917b646', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 146, '360835100200', 53, '01a24427-5d7b-769f-a0e5-0db9e6bad1e0', 'household', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗俊杰"],["household_number",null,"3608351002000014"],["address",null,"石门村3组35号"],["house_safety_level",null,"A级"],["drinking_water_safe",null,true],["sanitary_toilet",null,true],["contracted_land_mu",null,1.6],["poverty_alleviated",null,false],["monitoring_object",null,false],["tekun_status",null,"未纳入"],["dibao_status",null,"未纳入"]]}', '049e3744df7b043c807c9a95c417519cb1bb17b4983e61840c867cf30917b646', '48307e48e8a27edb135201030855d90f0caa5edae302ea30413003ea1c09eebc', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 147, '360835100200', 54, '01a24427-5d7b-7b3d-91ec-02470cc60259', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"罗俊杰"],["id_number",null,"36083519930905897X"],["relation_to_head",null,"户主"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"13883966687"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"务农"],["chronic_disease",null,false],["family_doctor_signed",null,true],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-769f-a0e5-0db9e6bad1e0"]]}', '48307e48e8a27edb135201030855d90f0caa5edae302ea30413003ea1c09eebc', 'f9666b5b8208401fc940032856f9d9fa020ebf4f9c649d2fc4b6090180ecfc2d', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 174, '360835100200', 81, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', '98e2d5c959022ffd0d2aaefb2c212d92afa3f864a3b8f44c5e1fa8bfbf8bf726', 'd2168a47c79b0696bdd56f535c6df42ebb20b7ce1e115fc3e7d224e925cda5b4', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 175, '360835100200', 82, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'd2168a47c79b0696bdd56f535c6df42ebb20b7ce1e115fc3e7d224e925cda5b4', 'c6d5539d7f2efe343a26986f3fdeb43deefff10dd43d6e1d804d4f0b0113091e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 148, '360835100200', 55, '01a24427-5d7b-77ca-95f8-e78d6bfe81b8', 'person', 0, '2025-01-01', NULL, '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["name",null,"邱梦瑶"],["id_number",null,"360835199802064142"],["relation_to_head",null,"配偶"],["marital_status",null,"已婚"],["ethnicity",null,"汉族"],["residence_status",null,"在家"],["education",null,"初中"],["phone",null,"19181597036"],["labor_ability",null,"普通劳动力"],["migrant_worker",null,false],["employment_status",null,"个体经营"],["chronic_disease",null,false],["family_doctor_signed",null,false],["pension_insurance",null,true],["medical_insurance",null,true],["party_member",null,false],["household",null,"01a24427-5d7b-769f-a0e5-0db9e6bad1e0"]]}', 'f9666b5b8208401fc940032856f9d9fa020ebf4f9c649d2fc4b6090180ecfc2d', 'c29af72b0e56bdf27b8c6868f4a9123b763e25e7d52b39fbd608eea549f73a47', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 149, '360835100200', 56, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["collective_income",null,25.55]]}', 'c29af72b0e56bdf27b8c6868f4a9123b763e25e7d52b39fbd608eea549f73a47', 'f07bb2df35731b62d9c812382ad977ea36f32e6009018021b44990156c5e7628', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 150, '360835100200', 57, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["operating_income",null,5.37]]}', 'f07bb2df35731b62d9c812382ad977ea36f32e6009018021b44990156c5e7628', 'f48a62924a1feceacf86d22e02ac7304bad46d33853c6d5db81628ab4344eb89', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 151, '360835100200', 58, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["collective_expenses",null,12.52]]}', 'f48a62924a1feceacf86d22e02ac7304bad46d33853c6d5db81628ab4344eb89', '4a30c8143f10149e18970dd9ab7730cab325c00c3109e9ee83a882329e1a5ff3', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 152, '360835100200', 59, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["distributed_amount",null,0]]}', '4a30c8143f10149e18970dd9ab7730cab325c00c3109e9ee83a882329e1a5ff3', 'f4f3d9890b440b7eac60da2545b31c1fd3f704f14033e61a768e7b4c2f807f28', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 153, '360835100200', 60, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', 'f4f3d9890b440b7eac60da2545b31c1fd3f704f14033e61a768e7b4c2f807f28', '1b28a15e08abec7f65fdea42e290e2eca6c5b5fc4e60a4a56a6feb5d71181515', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 154, '360835100200', 61, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '1b28a15e08abec7f65fdea42e290e2eca6c5b5fc4e60a4a56a6feb5d71181515', 'cf43469a0d3b26af85ab293c278ee57c3bed66912e0d6e698dbc9ba5a8ecabf8', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 155, '360835100200', 62, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-10-31', '2025-10', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', 'cf43469a0d3b26af85ab293c278ee57c3bed66912e0d6e698dbc9ba5a8ecabf8', '0138809c787d3630ad2bc4082b7f1c43735a0dc087b96bd5f5091f0031fedfaa', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 156, '360835100200', 63, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,2]]}', '0138809c787d3630ad2bc4082b7f1c43735a0dc087b96bd5f5091f0031fedfaa', 'b01d6c569f73dd268ef4c822eb463e0ac3f2a510c8e66bc8e9b1067c0a07c2d6', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 157, '360835100200', 64, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'b01d6c569f73dd268ef4c822eb463e0ac3f2a510c8e66bc8e9b1067c0a07c2d6', 'f1f5b921ad1de2bfae2a3e137d0d49fa2c5d794218fd26d2db438caaedc6c2e1', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 158, '360835100200', 65, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-11-30', '2025-11', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,2]]}', 'f1f5b921ad1de2bfae2a3e137d0d49fa2c5d794218fd26d2db438caaedc6c2e1', '4ee3ccd5fadb5add600cdc004c518c047d9491a5c3f3287211be1c0cdd68de67', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 159, '360835100200', 66, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,3]]}', '4ee3ccd5fadb5add600cdc004c518c047d9491a5c3f3287211be1c0cdd68de67', 'ccc970474d17fb56f34a6f97b09b355e31e61b8cc0f20c28a2472556f3818418', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 160, '360835100200', 67, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'ccc970474d17fb56f34a6f97b09b355e31e61b8cc0f20c28a2472556f3818418', '1757eb1795aa78bf69a718b320abab675d52048273fcbbd8b0cff65bddd8b38e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 161, '360835100200', 68, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2025-12-31', '2025-12', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,3]]}', '1757eb1795aa78bf69a718b320abab675d52048273fcbbd8b0cff65bddd8b38e', '27bfb2800fa35c6ad462507e6b8027d950c4b6ab5d45cfcce3a62fd2fc802f8b', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 162, '360835100200', 69, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '27bfb2800fa35c6ad462507e6b8027d950c4b6ab5d45cfcce3a62fd2fc802f8b', 'a15d5aef249b003a21b0ba0017d50cce48d71d3eb665b34e76b97bc169f5267d', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 163, '360835100200', 70, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', 'a15d5aef249b003a21b0ba0017d50cce48d71d3eb665b34e76b97bc169f5267d', 'a98f09bec45440c122fc30fb95aac665bdae6067afe598eb57f221746209fafe', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 164, '360835100200', 71, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-01-31', '2026-01', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', 'a98f09bec45440c122fc30fb95aac665bdae6067afe598eb57f221746209fafe', 'd04b6816d6a6800dc723d3d4ffeaec138d72fa6204ea3906adeeafbd12979f73', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 165, '360835100200', 72, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', 'd04b6816d6a6800dc723d3d4ffeaec138d72fa6204ea3906adeeafbd12979f73', '1c43ac6f21a0e30b56ed842fcd54a210adc9bf7377b83ea3f8827c73921c8d2f', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 166, '360835100200', 73, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '1c43ac6f21a0e30b56ed842fcd54a210adc9bf7377b83ea3f8827c73921c8d2f', '38af4309399a8f65ab485fa7f2dc172539a71af4e1e6ea09d70c44c24cec4af4', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 167, '360835100200', 74, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-02-28', '2026-02', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '38af4309399a8f65ab485fa7f2dc172539a71af4e1e6ea09d70c44c24cec4af4', 'd50627c597d0706977ef32874753946636e9ad95b891f88c311d5c1a3ce24e5e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 168, '360835100200', 75, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,1]]}', 'd50627c597d0706977ef32874753946636e9ad95b891f88c311d5c1a3ce24e5e', '3fb09034cc222c4522a738cab42eb0ac7f093a130d560e498cbd46f0ff960e4b', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 169, '360835100200', 76, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-03-31', '2026-03', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '3fb09034cc222c4522a738cab42eb0ac7f093a130d560e498cbd46f0ff960e4b', '9ed4a872848be75fab6b3a476dd4b8d12d9c8d61619009e56e0626ccf1e6388e', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 176, '360835100200', 83, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-05-31', '2026-05', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', 'c6d5539d7f2efe343a26986f3fdeb43deefff10dd43d6e1d804d4f0b0113091e', '5b51c25adcc258b65b2ba96a77abb695cbb91b337d1809e66b10cea0166edaca', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 177, '360835100200', 84, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,2]]}', '5b51c25adcc258b65b2ba96a77abb695cbb91b337d1809e66b10cea0166edaca', '922545bb5adf84012defbeb77bb7f6d07dcc565de7eb7a3d6cce8acdeae96aef', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 178, '360835100200', 85, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '922545bb5adf84012defbeb77bb7f6d07dcc565de7eb7a3d6cce8acdeae96aef', '095fbf60b7955bca261510127ec25455408d884f9883fd287f30db8068630c7d', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 179, '360835100200', 86, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-06-30', '2026-06', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', '095fbf60b7955bca261510127ec25455408d884f9883fd287f30db8068630c7d', '0e551b065b02dd13d5e7011268ee487af9d772be702589826f3efc1c32d24a3c', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 180, '360835100200', 87, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '0e551b065b02dd13d5e7011268ee487af9d772be702589826f3efc1c32d24a3c', '4fc0d470f495bd43db73fec288a42fc5cbe3da6f42d04a1d6f85f8eb7874cb87', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 181, '360835100200', 88, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '4fc0d470f495bd43db73fec288a42fc5cbe3da6f42d04a1d6f85f8eb7874cb87', 'd8e7d84019ce834659a7235a1e42c3dadc00f50f0e80f30e80c28770244ed27d', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 182, '360835100200', 89, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-07-31', '2026-07', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,1]]}', 'd8e7d84019ce834659a7235a1e42c3dadc00f50f0e80f30e80c28770244ed27d', '4add6c7881eb325da77cec22520243e32b69cb0af76241a876d9ebdc146a92ae', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 183, '360835100200', 90, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', '4add6c7881eb325da77cec22520243e32b69cb0af76241a876d9ebdc146a92ae', '02c3a0917ef14c886c1868433cf6c8e9dba64b58a77184cc9f2c5333036954c8', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 184, '360835100200', 91, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '02c3a0917ef14c886c1868433cf6c8e9dba64b58a77184cc9f2c5333036954c8', '7dda063b7b363deff842be16b3e95891ccab8e03e899ea288c2f19bb1efb7f0a', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 185, '360835100200', 92, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-08-31', '2026-08', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', '7dda063b7b363deff842be16b3e95891ccab8e03e899ea288c2f19bb1efb7f0a', 'f083e1dc49acc09deef67066bd1f53b98b4ca6df33a441b14c676638afd2d91a', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 186, '360835100200', 93, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_found",null,0]]}', 'f083e1dc49acc09deef67066bd1f53b98b4ca6df33a441b14c676638afd2d91a', '6d396b15d3332bb26af22c344b0ee24d3728ae5917d50599ad2c3e932aed3143', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 187, '360835100200', 94, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["major_hazards",null,0]]}', '6d396b15d3332bb26af22c344b0ee24d3728ae5917d50599ad2c3e932aed3143', 'f8e531578225ea36938f340cbdd0148054e24cd539859da8c0f4b18c376ce436', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 188, '360835100200', 95, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-09-30', '2026-09', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["hazards_fixed",null,0]]}', 'f8e531578225ea36938f340cbdd0148054e24cd539859da8c0f4b18c376ce436', '3edd23b6cd90a7f5b9ea3d1879610106e453f3d7166d306a3d8fc47855004961', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 189, '360835100200', 96, '01a24427-5d7b-7569-a3c2-7f1d1646328c', 'household', 3, '2025-12-31', '2025', '2026-10-01 00:30:00+00', 'seed', 1, '{"changes":[["per_capita_net_income",null,6810]]}', '3edd23b6cd90a7f5b9ea3d1879610106e453f3d7166d306a3d8fc47855004961', '0315de76aa7620fb365f52615f7e1e03acab5105c4afbe16c6d1a0783894476c', '1078', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 190, '360835100001', 94, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,1]]}', 'abe9b9643abbfa834378a338b186d3059b3fac24dbd108ba1dc27b8362db929d', '974ded5d6b3255a84b02d3dc8248d490fec39bf1a433defb5498809633efa002', '1079', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 191, '360835100001', 95, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', '974ded5d6b3255a84b02d3dc8248d490fec39bf1a433defb5498809633efa002', 'cb73a0a46acaa8d02842bf228165e552939e120c1a9e2f96dfd0f1108ea3a5ec', '1079', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 192, '360835100001', 96, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,1]]}', 'cb73a0a46acaa8d02842bf228165e552939e120c1a9e2f96dfd0f1108ea3a5ec', 'a9f27f9b2659aeb95c2e46a5af4bd18a2c80ea9762f6a1973768675985a4e195', '1079', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 193, '360835100200', 97, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,0]]}', '0315de76aa7620fb365f52615f7e1e03acab5105c4afbe16c6d1a0783894476c', 'e1ac53d62cf33972ba8425e0487117b9a30da149fa56736e48669cc24bc4e516', '1080', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 194, '360835100200', 98, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', 'e1ac53d62cf33972ba8425e0487117b9a30da149fa56736e48669cc24bc4e516', '05fc5db41b5905f0dce0ff8918d6e8f349673977b45e65979f96e7b1d48cf6bd', '1080', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 195, '360835100200', 99, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-10-31', '2026-10', '2026-10-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,0]]}', '05fc5db41b5905f0dce0ff8918d6e8f349673977b45e65979f96e7b1d48cf6bd', '24408ad73f5dc2ad5a439754fce91af58098fb1dee958e5838641bffee4ae3b5', '1080', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 196, '360835100001', 97, '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 3, '2026-10-31', '2026-10', '2026-10-31 10:00:00+00', 'seed', 1, '{"changes":[["dibao_amount",null,440]]}', 'a9f27f9b2659aeb95c2e46a5af4bd18a2c80ea9762f6a1973768675985a4e195', 'ecd87a84f1dc58d7a35c70702fc21abf6a832ef7be813e42b0eb30c7fe6299e9', '1081', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 197, '360835100200', 100, '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 3, '2026-10-31', '2026-10', '2026-10-31 10:00:00+00', 'seed', 1, '{"changes":[["elderly_allowance_amount",null,50]]}', '24408ad73f5dc2ad5a439754fce91af58098fb1dee958e5838641bffee4ae3b5', 'c3271b2aa042c46f433bf7bffd38bf6f24a6ad995e753b25b43f7a9173a4dc21', '1082', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 198, '360835100200', 101, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-10-31', '2026-10', '2026-10-31 10:00:00+00', 'seed', 1, '{"changes":[["disability_subsidy_amount",null,100]]}', 'c3271b2aa042c46f433bf7bffd38bf6f24a6ad995e753b25b43f7a9173a4dc21', '0be37b9144cc352150d3559e004524921f97d92987508917593bcfb5338f4e7e', '1082', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 199, '360835100200', 102, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-10-31', '2026-10', '2026-10-31 10:00:00+00', 'seed', 1, '{"changes":[["care_subsidy_amount",null,90]]}', '0be37b9144cc352150d3559e004524921f97d92987508917593bcfb5338f4e7e', '4986e374d696f5969f0a520c6c79c68ef5747a03498fa84f4384d16a2dbf540b', '1082', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 200, '360835100001', 98, '01a24427-5b59-7427-bc6c-66388e592234', 'person', 1, '2026-11-01', NULL, '2026-11-01 03:23:00+00', 'demo-cadre', 0, '{"changes":[["migrant_worker",true,false],["work_place","省内县外",null],["residence_status","外出","在家"],["employment_status","务工","务农"]]}', 'ecd87a84f1dc58d7a35c70702fc21abf6a832ef7be813e42b0eb30c7fe6299e9', 'd6eebd30942926b2ab42d3ed3c4df426dc00af4800c61a74b169b7e92010f76b', '1083', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 201, '360835100200', 103, '01a24427-5d7b-7f93-b7d3-e13bd364e201', 'person', 1, '2026-11-11', NULL, '2026-11-11 06:52:00+00', 'demo-cadre', 0, '{"changes":[["migrant_worker",true,false],["work_place","省外",null],["residence_status","外出","在家"],["employment_status","务工","务农"]]}', '4986e374d696f5969f0a520c6c79c68ef5747a03498fa84f4384d16a2dbf540b', '6a16a5d51fcca27b023090aab87381e828ce761a6a3f042771b07c7065fc7f86', '1084', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 202, '360835100001', 99, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,0]]}', 'd6eebd30942926b2ab42d3ed3c4df426dc00af4800c61a74b169b7e92010f76b', 'f3a96432da9b25813d999cdefd9a80d846aa7f542088c65ff3476067c0eecd1c', '1085', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 203, '360835100001', 100, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', 'f3a96432da9b25813d999cdefd9a80d846aa7f542088c65ff3476067c0eecd1c', '6bb5962e3398f249d7b4da24582045385f9e929c2682f8a2113cf084ff251f2b', '1085', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 204, '360835100001', 101, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,0]]}', '6bb5962e3398f249d7b4da24582045385f9e929c2682f8a2113cf084ff251f2b', '68a1c3abffb135d6de25bc1f13bc7f7d05eeb00ff6a6634fd2d27e875068049b', '1085', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 205, '360835100200', 104, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,0]]}', '6a16a5d51fcca27b023090aab87381e828ce761a6a3f042771b07c7065fc7f86', '43f3bbd2d7fb055356f76537970effd0f81e90a7dc9719263227c9d56b9a6792', '1086', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 206, '360835100200', 105, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', '43f3bbd2d7fb055356f76537970effd0f81e90a7dc9719263227c9d56b9a6792', '5915cd132f0dbc2e364ba04b68876d80e2f6a3e522e617777ff18d39a79a5e53', '1086', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 207, '360835100200', 106, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-11-30', '2026-11', '2026-11-25 08:30:00+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,0]]}', '5915cd132f0dbc2e364ba04b68876d80e2f6a3e522e617777ff18d39a79a5e53', 'ed904921b2026b1b82b088786d3b0c777053df23b61b7d7957430ef3224e9352', '1086', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 208, '360835100001', 102, '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 3, '2026-11-30', '2026-11', '2026-11-30 10:00:00+00', 'seed', 1, '{"changes":[["dibao_amount",null,440]]}', '68a1c3abffb135d6de25bc1f13bc7f7d05eeb00ff6a6634fd2d27e875068049b', '16cd84607181da716fed7c943b2b129a7d8714b44cf765c3c60a3bb98fde9509', '1087', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 209, '360835100200', 107, '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 3, '2026-11-30', '2026-11', '2026-11-30 10:00:00+00', 'seed', 1, '{"changes":[["elderly_allowance_amount",null,50]]}', 'ed904921b2026b1b82b088786d3b0c777053df23b61b7d7957430ef3224e9352', '643eea01a9c8c899dda8708d48258eb047bd4f3f5e818c43e29fba4aff5e33e9', '1088', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 210, '360835100200', 108, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-11-30', '2026-11', '2026-11-30 10:00:00+00', 'seed', 1, '{"changes":[["disability_subsidy_amount",null,100]]}', '643eea01a9c8c899dda8708d48258eb047bd4f3f5e818c43e29fba4aff5e33e9', '60447180264ed6a6b74c9b1bfc70d075b0d98269526ed7e119b78b31898fa173', '1088', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 211, '360835100200', 109, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-11-30', '2026-11', '2026-11-30 10:00:00+00', 'seed', 1, '{"changes":[["care_subsidy_amount",null,90]]}', '60447180264ed6a6b74c9b1bfc70d075b0d98269526ed7e119b78b31898fa173', '60004f22569168ded5021d0a94938b884efdf32f70e56ff70bb22c03a893ea51', '1088', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 212, '360835100001', 103, '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'seed', 1, '{"changes":[["dibao_amount",null,440]]}', '16cd84607181da716fed7c943b2b129a7d8714b44cf765c3c60a3bb98fde9509', '180af8853a4fa0c3268f3deafbd0d456842d450437d0f9816dc905d2ea06512c', '1089', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 213, '360835100001', 104, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,0]]}', '180af8853a4fa0c3268f3deafbd0d456842d450437d0f9816dc905d2ea06512c', '649b356a2f2a91942f3b8cd4c54b448e07b1ed35252fbe2f2cba97f7a7b68864', '1090', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 214, '360835100001', 105, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', '649b356a2f2a91942f3b8cd4c54b448e07b1ed35252fbe2f2cba97f7a7b68864', '115109c7771b09985bd1b8980b9bf18265fda387739bc4624f4c85c28bd0815c', '1090', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 215, '360835100001', 106, '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,0]]}', '115109c7771b09985bd1b8980b9bf18265fda387739bc4624f4c85c28bd0815c', 'c949fb774fd84464d461b2b9c801c44da12ced0f8a802325d7232bd985c0b438', '1090', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 216, '360835100200', 110, '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'seed', 1, '{"changes":[["elderly_allowance_amount",null,50]]}', '60004f22569168ded5021d0a94938b884efdf32f70e56ff70bb22c03a893ea51', '07993f35597f6172bcb219d8f84d509507c6f46744b54d1a7bb0b1aec1555c80', '1091', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 217, '360835100200', 111, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'seed', 1, '{"changes":[["disability_subsidy_amount",null,100]]}', '07993f35597f6172bcb219d8f84d509507c6f46744b54d1a7bb0b1aec1555c80', '0e52c4357133ac2ed6e0960797f130cb0e5826890565c2dd639b56a21c3d21bf', '1091', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 218, '360835100200', 112, '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'seed', 1, '{"changes":[["care_subsidy_amount",null,90]]}', '0e52c4357133ac2ed6e0960797f130cb0e5826890565c2dd639b56a21c3d21bf', 'e9908604cd342be3fac0767a0cdcdefbeb7f01e0a2805d3419f05b6b5955f95a', '1091', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 219, '360835100200', 113, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["hazards_found",null,0]]}', 'e9908604cd342be3fac0767a0cdcdefbeb7f01e0a2805d3419f05b6b5955f95a', '8320820689d6206e7fa4bad4d8b1212e1cc7ff61d77f0f357e1686b4f10a1f4e', '1092', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 220, '360835100200', 114, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["major_hazards",null,0]]}', '8320820689d6206e7fa4bad4d8b1212e1cc7ff61d77f0f357e1686b4f10a1f4e', '0551d8241d7f5afd4e659206c8debff91d805b4088e90a3ef4e38c94b0a04259', '1092', 'k1.89542a');
INSERT INTO formhub.events OVERRIDING SYSTEM VALUE VALUES ('360835000000', 221, '360835100200', 115, '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 3, '2026-12-31', '2026-12', '2026-12-05 03:01:35.982+00', 'demo-cadre', 0, '{"changes":[["hazards_fixed",null,0]]}', '0551d8241d7f5afd4e659206c8debff91d805b4088e90a3ef4e38c94b0a04259', 'b47ccf90406d71c01b105ac131b79e4437cfbc7b3693eddbf9047501dd288d21', '1092', 'k1.89542a');


--
-- Data for Name: feed_cursors; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.feed_cursors VALUES ('report-materializer', 1092, 221);


--
-- Data for Name: findings; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: identity_numbers; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.identity_numbers VALUES ('36083519870613277X', '01a24427-5b59-797b-a545-b3cabfcc8cb9', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201311103039', '01a24427-5b59-7534-ba1e-42bde5066684', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197411052575', '01a24427-5b59-7832-b9c4-c192809763d8', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197903274828', '01a24427-5b59-7ec4-906d-e07088d5011e', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835200409153734', '01a24427-5b59-7862-a85e-2f58c84ac2ef', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835200404167360', '01a24427-5b59-7507-82f7-0aa1102d72c2', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835202412094068', '01a24427-5b59-7404-b45a-742178df7f56', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197705097779', '01a24427-5b59-7109-9972-d3f3fc1ba05a', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197908178288', '01a24427-5b59-7a7f-b181-e7a432c2da5c', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835200502186469', '01a24427-5b59-79c8-9c4c-20c33297553d', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835196903281177', '01a24427-5b59-7452-a70a-aaacb29b6ff2', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('36083519701128684X', '01a24427-5b59-7f55-9bfe-59d126864027', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199401235334', '01a24427-5b59-7da1-9673-2a1616f0b029', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199608281493', '01a24427-5b59-7427-bc6c-66388e592234', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835196906281957', '01a24427-5b59-7eaf-aa65-369e8d9a0473', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('36083519740524700X', '01a24427-5b59-7c04-9a41-2ba145467101', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199203239617', '01a24427-5b59-7e15-998d-a47f00d6ada8', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201507149127', '01a24427-5b59-7da5-bd82-08e670dbaef9', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('36083519660502165X', '01a24427-5b59-7e4f-af16-f058e5a5d9e2', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835196901179320', '01a24427-5b59-77a1-b6dc-00558af96624', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199608070397', '01a24427-5b59-7526-a897-a854c8d6acfd', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199812229115', '01a24427-5b59-7acf-8abe-310105ddbff6', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835195202205636', '01a24427-5b59-7aed-8d79-d4c6a19c708e', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835195407015027', '01a24427-5b59-7625-8b64-5da9b3bae839', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835198004021231', '01a24427-5b59-7b0b-89b1-71b0b9b20195', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835198309101283', '01a24427-5b59-71e8-abc8-87d7042182a1', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201206140938', '01a24427-5b59-7c3c-9e67-2a34e5899663', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201408195988', '01a24427-5b59-7365-9bc0-446ccb582c14', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835198706136674', '01a24427-5b59-7969-9067-ba3b327b1696', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835199003053607', '01a24427-5b59-7638-bc1c-6b8eb0072c7e', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201302209253', '01a24427-5b59-7036-8eb8-19992df17443', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835201908016114', '01a24427-5b59-7f92-b746-ae50e30e86bf', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835202207048759', '01a24427-5b59-74c1-ad5a-270a344c8fa5', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835196204063496', '01a24427-5b59-7e67-ac35-4524339f22dc', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197502254279', '01a24427-5b59-7766-bcb0-9e0d5ecc95bb', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835197909041929', '01a24427-5b59-7a8c-8a1a-dd3086956ef2', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('36083520020805211X', '01a24427-5b59-7239-991e-a8c41ce364df', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835200511301211', '01a24427-5b59-70ea-b306-fbf4bc2629d7', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835200906035667', '01a24427-5b59-71d6-81cd-337d000b11a2', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('360835198605206979', '01a24427-5b59-76ac-aeaa-aa31616cf7c9', '360835000000', '360835100001');
INSERT INTO formhub.identity_numbers VALUES ('36083519451018393X', '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835195002055709', '01a24427-5d7b-7001-b2e2-741e04979f06', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835197701140477', '01a24427-5d7b-72ce-b810-3d4d1b5bedf4', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835197903105004', '01a24427-5d7b-7d8c-ab94-f83a55c8bc88', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835200807284473', '01a24427-5d7b-7117-a5b9-8e2c081d6872', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835201411295146', '01a24427-5d7b-7f14-8afc-92bac91ea544', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835194810110943', '01a24427-5d7b-7e15-8fa1-dd8705ede611', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198010307551', '01a24427-5d7b-7a53-b741-6dbfe279f79a', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198108108243', '01a24427-5d7b-73de-ab9b-5af3bb71fa7c', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835200812146876', '01a24427-5d7b-76c0-a235-d28a77e1d49a', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835201409072891', '01a24427-5d7b-7c40-a24f-141528e32c87', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('36083519511231904X', '01a24427-5d7b-76a3-8eac-7116c1f244fa', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835197208126954', '01a24427-5d7b-72f8-b4a4-d6957fec0c4c', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835197204188306', '01a24427-5d7b-7a21-9e9e-5f7d77013fe5', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835202110319188', '01a24427-5d7b-72be-ac53-82ea5d7d65bf', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198509094137', '01a24427-5d7b-7f98-beef-89c600a43477', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198901145445', '01a24427-5d7b-7ad9-bc25-bc9651e7c0cc', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835201509136231', '01a24427-5d7b-77f1-9d8c-e026f2843278', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199212043632', '01a24427-5d7b-7412-a693-dba2af0110ad', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199704226267', '01a24427-5d7b-7290-8d9b-6b68daee5870', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835196110142927', '01a24427-5d7b-7c22-865d-30dcf740644c', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835195412138857', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835195808274388', '01a24427-5d7b-7cf6-a15d-88f1e07de9a2', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198410319746', '01a24427-5d7b-7d33-8fad-c46bb607b8b8', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835201502076360', '01a24427-5d7b-7063-9d77-528acd3a2c25', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('36083519670721599X', '01a24427-5d7b-7e1e-b788-f3ffd28b951a', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835196812034568', '01a24427-5d7b-7303-9217-49301e0811bf', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199211295993', '01a24427-5d7b-7c03-8b3f-24d9852cf422', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199502014469', '01a24427-5d7b-7c8b-b7cb-5a1c8ad004b6', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835196707140633', '01a24427-5d7b-7f44-a917-9e5afd880920', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835197101104309', '01a24427-5d7b-70d3-bfa0-afa80b0b03a7', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199203071789', '01a24427-5d7b-7bfd-89b5-8f583b601770', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835198712092014', '01a24427-5d7b-7d2d-9c0f-87b95920983f', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('36083519891116202X', '01a24427-5d7b-7f93-b7d3-e13bd364e201', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835201310197758', '01a24427-5d7b-70c2-899d-4c0dd4bbc48c', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199310243873', '01a24427-5d7b-7749-a650-09474f1c2887', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199502137282', '01a24427-5d7b-7260-9a39-6b372660a063', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835202107285626', '01a24427-5d7b-7536-a113-ea0be50e9051', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('36083519930905897X', '01a24427-5d7b-7b3d-91ec-02470cc60259', '360835000000', '360835100200');
INSERT INTO formhub.identity_numbers VALUES ('360835199802064142', '01a24427-5d7b-77ca-95f8-e78d6bfe81b8', '360835000000', '360835100200');


--
-- Data for Name: import_profiles; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: layouts; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: leases; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: notifications; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: periodic_values; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'collective_income', '2025', '17.99', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'operating_income', '2025', '3.06', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'collective_expenses', '2025', '8.10', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'distributed_amount', '2025', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2025-10', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2025-10', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2025-10', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2025-11', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2025-11', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2025-11', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2025-12', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2025-12', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2025-12', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-02', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-02', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-02', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-03', '2', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-03', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-03', '2', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-05', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-05', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-05', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-06', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-06', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-06', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-07', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-07', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-07', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-09', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-09', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-09', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'collective_income', '2025', '25.55', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'operating_income', '2025', '5.37', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'collective_expenses', '2025', '12.52', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'distributed_amount', '2025', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2025-10', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2025-10', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2025-10', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2025-11', '2', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2025-11', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2025-11', '2', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2025-12', '3', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2025-12', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2025-12', '3', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-01', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-02', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-02', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-02', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-03', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-03', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-03', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-04', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-05', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-05', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-05', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-06', '2', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-06', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-06', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-07', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-07', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-07', '1', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-08', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-09', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-09', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-09', '0', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7569-a3c2-7f1d1646328c', 'household', 'per_capita_net_income', '2025', '6810', '2026-10-01 00:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-10', '1', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-10', '0', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-10', '1', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-10', '0', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-10', '0', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-10', '0', '2026-10-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 'dibao_amount', '2026-10', '440', '2026-10-31 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 'elderly_allowance_amount', '2026-10', '50', '2026-10-31 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'disability_subsidy_amount', '2026-10', '100', '2026-10-31 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'care_subsidy_amount', '2026-10', '90', '2026-10-31 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-11', '0', '2026-11-25 08:30:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 'dibao_amount', '2026-11', '440', '2026-11-30 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 'elderly_allowance_amount', '2026-11', '50', '2026-11-30 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'disability_subsidy_amount', '2026-11', '100', '2026-11-30 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'care_subsidy_amount', '2026-11', '90', '2026-11-30 10:00:00+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b59-748b-9c26-fbda618f6db6', 'household', 'dibao_amount', '2026-12', '440', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_found', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'major_hazards', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100001', '01a24427-5b58-7a50-957c-293ed96de0c8', 'village', 'hazards_fixed', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a42-9c61-7a070b3b5a4f', 'person', 'elderly_allowance_amount', '2026-12', '50', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'disability_subsidy_amount', '2026-12', '100', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7121-9fbf-ea2f404c2f20', 'person', 'care_subsidy_amount', '2026-12', '90', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_found', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'major_hazards', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);
INSERT INTO formhub.periodic_values VALUES ('360835000000', '360835100200', '01a24427-5d7b-7a9a-8f6e-b6e11768ecde', 'village', 'hazards_fixed', '2026-12', '0', '2026-12-05 03:01:35.982+00', 1);


--
-- Data for Name: protection_keys; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: quarantined_changes; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: regions; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.regions VALUES ('360000000000', '江西省', 1, NULL);
INSERT INTO formhub.regions VALUES ('360800000000', '吉安市', 2, '360000000000');
INSERT INTO formhub.regions VALUES ('360835000000', '清溪县', 3, '360800000000');
INSERT INTO formhub.regions VALUES ('360835100000', '清溪镇', 4, '360835000000');
INSERT INTO formhub.regions VALUES ('360835100001', '城关社区居民委员会', 5, '360835100000');
INSERT INTO formhub.regions VALUES ('360835100200', '石门村委会', 5, '360835100000');


--
-- Data for Name: report_rows; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2025', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有年末未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到年末）"}, {"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": false, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 1, "coverage": 0, "paid_dec": 0}, "narrative": "2025年度，石门村委会年末共有80周岁及以上老年人1人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率0.0%。"}', '2026-12-05 03:02:42.106+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2025', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "经营收入不能大于总收入"}, {"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 25.55, "profit": 13.03, "persons": 40, "dist_pct": 0, "expenses": 12.52, "operating": 5.37, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，石门村委会村集体经济组织总收入25.55万元（其中经营收入5.37万元），总支出12.52万元，本年收益13.03万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.11+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2025', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有年末未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到年末）"}, {"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 0, "coverage": null, "paid_dec": 0}, "narrative": "2025年度，城关社区居民委员会年末共有80周岁及以上老年人0人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率—%。"}', '2026-12-05 03:02:42.098+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2025', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 2, "level": "error", "passed": true, "message": "耕地面积不能大于行政区域面积"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 411, "groups": 3, "labour": 25, "per_hh": 2.86, "migrant": 10, "persons": 40, "cultivated": 44.4, "households": 14, "land_per_capita": 1.11}, "narrative": "截至2025年12月31日，石门村委会共有14户、户籍人口40人，户均2.86人；劳动力25人，其中外出务工10人。行政区域面积411.00亩，耕地44.40亩，人均耕地1.11亩。"}', '2026-12-05 03:02:42.126+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2025', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 2, "level": "error", "passed": true, "message": "有未满18周岁的人员登记为党员（按身份证号推算年龄）"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 1, "age_36_60": 1, "female_pct": 0, "branch_type": "联合党支部", "new_members": 0}, "narrative": "截至2025年12月31日，石门村委会共有党员1名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁1名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.14+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2025', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "经营收入不能大于总收入"}, {"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 17.99, "profit": 9.89, "persons": 40, "dist_pct": 0, "expenses": 8.1, "operating": 3.06, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，城关社区居民委员会村集体经济组织总收入17.99万元（其中经营收入3.06万元），总支出8.10万元，本年收益9.89万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.12+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2025', '360835100000', 4, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": false, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 1, "coverage": 0, "paid_dec": 0}, "narrative": "2025年度，清溪镇年末共有80周岁及以上老年人1人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率0.0%。"}', '2026-12-05 03:02:42.188+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2025', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 2, "level": "error", "passed": true, "message": "耕地面积不能大于行政区域面积"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 36, "groups": 2, "labour": 26, "per_hh": 3.33, "migrant": 8, "persons": 40, "cultivated": 2.4, "households": 12, "land_per_capita": 0.06}, "narrative": "截至2025年12月31日，城关社区居民委员会共有12户、户籍人口40人，户均3.33人；劳动力26人，其中外出务工8人。行政区域面积36.00亩，耕地2.40亩，人均耕地0.06亩。"}', '2026-12-05 03:02:42.125+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2025', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 2, "level": "error", "passed": true, "message": "有未满18周岁的人员登记为党员（按身份证号推算年龄）"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 1, "age_36_60": 1, "female_pct": 0, "branch_type": "联合党支部", "new_members": 0}, "narrative": "截至2025年12月31日，城关社区居民委员会共有党员1名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁1名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.13+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2025年10月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.266+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2025年10月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.268+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2025-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2025年10月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.272+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2025-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2025年10月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.278+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2025', '360835100000', 4, '{"checks": [{"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 43.54, "profit": 22.92, "persons": 80, "dist_pct": 0, "expenses": 20.62, "operating": 8.43, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，清溪镇村集体经济组织总收入43.54万元（其中经营收入8.43万元），总支出20.62万元，本年收益22.92万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.192+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2025', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 51, "per_hh": 3.08, "migrant": 18, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2025年12月31日，清溪镇共有26户、户籍人口80人，户均3.08人；劳动力51人，其中外出务工18人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.193+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2025', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2025年12月31日，清溪镇共有党员2名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.194+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2025', '360835000000', 3, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": false, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 1, "coverage": 0, "paid_dec": 0}, "narrative": "2025年度，清溪县年末共有80周岁及以上老年人1人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率0.0%。"}', '2026-12-05 03:02:42.194+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2025', '360835000000', 3, '{"checks": [{"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 43.54, "profit": 22.92, "persons": 80, "dist_pct": 0, "expenses": 20.62, "operating": 8.43, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，清溪县村集体经济组织总收入43.54万元（其中经营收入8.43万元），总支出20.62万元，本年收益22.92万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.196+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2025', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 51, "per_hh": 3.08, "migrant": 18, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2025年12月31日，清溪县共有26户、户籍人口80人，户均3.08人；劳动力51人，其中外出务工18人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.197+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2025', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2025年12月31日，清溪县共有党员2名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.197+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-elderly-allowance-yearly', 1, '2025', '360800000000', 2, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": false, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 1, "coverage": 0, "paid_dec": 0}, "narrative": "2025年度，吉安市年末共有80周岁及以上老年人1人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率0.0%。"}', '2026-12-05 03:02:42.201+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-elderly-allowance-yearly', 1, '2025', '360000000000', 1, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": false, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 1, "coverage": 0, "paid_dec": 0}, "narrative": "2025年度，江西省年末共有80周岁及以上老年人1人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率0.0%。"}', '2026-12-05 03:02:42.202+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'ny-collective-yearly', 1, '2025', '360800000000', 2, '{"checks": [{"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 43.54, "profit": 22.92, "persons": 80, "dist_pct": 0, "expenses": 20.62, "operating": 8.43, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，吉安市村集体经济组织总收入43.54万元（其中经营收入8.43万元），总支出20.62万元，本年收益22.92万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.203+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'ny-collective-yearly', 1, '2025', '360000000000', 1, '{"checks": [{"index": 1, "level": "warning", "passed": true, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": 43.54, "profit": 22.92, "persons": 80, "dist_pct": 0, "expenses": 20.62, "operating": 8.43, "per_capita": 0, "distributed": 0}, "narrative": "2025年度，江西省村集体经济组织总收入43.54万元（其中经营收入8.43万元），总支出20.62万元，本年收益22.92万元；向成员分配0.00万元，占本年收益的0.0%，按户籍人口人均0.00元。"}', '2026-12-05 03:02:42.204+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'tj-village-basic-yearly', 1, '2025', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 51, "per_hh": 3.08, "migrant": 18, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2025年12月31日，吉安市共有26户、户籍人口80人，户均3.08人；劳动力51人，其中外出务工18人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.205+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'tj-village-basic-yearly', 1, '2025', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 51, "per_hh": 3.08, "migrant": 18, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2025年12月31日，江西省共有26户、户籍人口80人，户均3.08人；劳动力51人，其中外出务工18人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.206+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'zz-party-yearly', 1, '2025', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2025年12月31日，吉安市共有党员2名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.206+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'zz-party-yearly', 1, '2025', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2025年12月31日，江西省共有党员2名，其中女党员0名（占0.0%），2025年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.207+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2025年10月，石门村委会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.258+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2025年10月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.26+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2025年11月，石门村委会排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.322+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2025年11月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.335+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2025年12月，石门村委会排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.372+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2026', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有年末未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到年末）"}, {"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 0, "coverage": null, "paid_dec": 0}, "narrative": "2026年度，城关社区居民委员会年末共有80周岁及以上老年人0人；全年向0人发放高龄津贴0.00元，人均—元；12月发放0人，覆盖率—%。"}', '2026-12-05 03:02:42.927+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2025年11月，清溪镇排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.344+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2025年11月，清溪县排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.348+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2025-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2025年11月，吉安市排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.352+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2025-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2025年11月，江西省排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.352+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2025年12月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.37+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2025年12月，清溪镇排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.378+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2025-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2025年12月，清溪县排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.379+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2025-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2025年12月，吉安市排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.392+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2025-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2025年12月，江西省排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.394+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-01', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.41+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-02', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年2月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.441+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-02', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年2月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.441+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-02', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年2月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.442+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-02', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年2月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.443+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-01', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.406+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-01', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，清溪镇排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.416+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-01', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，清溪县排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.417+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-01', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，吉安市排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.422+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-01', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年1月，江西省排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.422+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-02', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年2月，城关社区居民委员会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.438+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-02', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 0, "ytd_found": 0, "ytd_fix_pct": null}, "narrative": "2026年2月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现0处、整改0处，整改率—%，尚有0处未整改。"}', '2026-12-05 03:02:42.439+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-03', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年3月，石门村委会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.454+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-03', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 2, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2026年3月，城关社区居民委员会排查发现安全隐患2处（其中重大隐患0处），整改完成2处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.456+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-04', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 1, "ytd_found": 1, "ytd_fix_pct": 100}, "narrative": "2026年4月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现1处、整改1处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.587+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-05', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 2, "ytd_found": 2, "ytd_fix_pct": 100}, "narrative": "2026年5月，石门村委会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现2处、整改2处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.616+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-06', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 2, "major": 0, "pending": 1, "ytd_fixed": 3, "ytd_found": 4, "ytd_fix_pct": 75}, "narrative": "2026年6月，石门村委会排查发现安全隐患2处（其中重大隐患0处），整改完成1处；本年累计发现4处、整改3处，整改率75.0%，尚有1处未整改。"}', '2026-12-05 03:02:42.636+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-07', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年7月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成1处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.652+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-08', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年8月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.668+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-03', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年3月，清溪镇排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.528+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-03', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年3月，清溪县排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.54+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-03', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年3月，吉安市排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.541+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-03', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 3, "found": 3, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年3月，江西省排查发现安全隐患3处（其中重大隐患0处），整改完成3处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.542+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-04', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2026年4月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.571+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-04', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年4月，清溪镇排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.59+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-04', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年4月，清溪县排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.591+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-04', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年4月，吉安市排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.593+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-04', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年4月，江西省排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.593+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-05', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 3, "ytd_found": 3, "ytd_fix_pct": 100}, "narrative": "2026年5月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现3处、整改3处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.614+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-05', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年5月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.618+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-05', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年5月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.619+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-05', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年5月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.619+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-05', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年5月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.62+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-06', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年6月，城关社区居民委员会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.625+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-06', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 3, "major": 0, "pending": 1, "ytd_fixed": 7, "ytd_found": 8, "ytd_fix_pct": 87.5}, "narrative": "2026年6月，清溪镇排查发现安全隐患3处（其中重大隐患0处），整改完成2处；本年累计发现8处、整改7处，整改率87.5%，尚有1处未整改。"}', '2026-12-05 03:02:42.637+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-06', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 3, "major": 0, "pending": 1, "ytd_fixed": 7, "ytd_found": 8, "ytd_fix_pct": 87.5}, "narrative": "2026年6月，清溪县排查发现安全隐患3处（其中重大隐患0处），整改完成2处；本年累计发现8处、整改7处，整改率87.5%，尚有1处未整改。"}', '2026-12-05 03:02:42.638+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-06', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 3, "major": 0, "pending": 1, "ytd_fixed": 7, "ytd_found": 8, "ytd_fix_pct": 87.5}, "narrative": "2026年6月，吉安市排查发现安全隐患3处（其中重大隐患0处），整改完成2处；本年累计发现8处、整改7处，整改率87.5%，尚有1处未整改。"}', '2026-12-05 03:02:42.639+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-06', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 3, "major": 0, "pending": 1, "ytd_fixed": 7, "ytd_found": 8, "ytd_fix_pct": 87.5}, "narrative": "2026年6月，江西省排查发现安全隐患3处（其中重大隐患0处），整改完成2处；本年累计发现8处、整改7处，整改率87.5%，尚有1处未整改。"}', '2026-12-05 03:02:42.639+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-07', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年7月，城关社区居民委员会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.651+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-07', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年7月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成2处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.654+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-07', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年7月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成2处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.654+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-07', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年7月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成2处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.655+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-07', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 2, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年7月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成2处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.656+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-08', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 5, "ytd_found": 5, "ytd_fix_pct": 100}, "narrative": "2026年8月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现5处、整改5处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.669+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-09', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年9月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.679+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-09', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 10, "ytd_found": 10, "ytd_fix_pct": 100}, "narrative": "2026年9月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现10处、整改10处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.682+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-09', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 10, "ytd_found": 10, "ytd_fix_pct": 100}, "narrative": "2026年9月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现10处、整改10处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.682+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-08', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年8月，清溪镇排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.672+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-08', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年8月，清溪县排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.673+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-08', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年8月，吉安市排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.674+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-08', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 9, "ytd_found": 9, "ytd_fix_pct": 100}, "narrative": "2026年8月，江西省排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现9处、整改9处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.675+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-09', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 6, "ytd_found": 6, "ytd_fix_pct": 100}, "narrative": "2026年9月，城关社区居民委员会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现6处、整改6处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.68+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员本季领取了残疾人两项补贴"}, {"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_last": 1, "care_funds": 270, "living_last": 1, "total_funds": 570, "living_funds": 300, "care_coverage": 100}, "narrative": "2026年第四季度，石门村委会共有持证残疾人2人，其中一、二级重度残疾人1人。本季发放困难残疾人生活补贴1人300.00元，重度残疾人护理补贴1人270.00元，两项合计570.00元；季末月护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.729+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2026', '360835100000', 4, '{"checks": [{"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 80, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，清溪镇村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.964+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-09', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 10, "ytd_found": 10, "ytd_fix_pct": 100}, "narrative": "2026年9月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现10处、整改10处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.696+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-09', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 10, "ytd_found": 10, "ytd_fix_pct": 100}, "narrative": "2026年9月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现10处、整改10处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.697+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员本季领取了残疾人两项补贴"}, {"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 0, "severe": 0, "disabled": 0, "living_n": 0, "care_last": 0, "care_funds": 0, "living_last": 0, "total_funds": 0, "living_funds": 0, "care_coverage": null}, "narrative": "2026年第四季度，城关社区居民委员会共有持证残疾人0人，其中一、二级重度残疾人0人。本季发放困难残疾人生活补贴0人0.00元，重度残疾人护理补贴0人0.00元，两项合计0.00元；季末月护理补贴覆盖率—%。"}', '2026-12-05 03:02:42.724+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-labour-quarterly', 1, '2026Q4', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 2, "level": "warning", "passed": true, "message": "有外出务工人员未填写务工地点"}, {"index": 3, "level": "warning", "passed": true, "message": "有未满16周岁的人员登记为外出务工，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 26, "farming": 4, "migrant": 7, "employed": 20, "to_county": 1, "unemployed": 0, "migrant_pct": 26.9, "public_jobs": 1, "to_province": 3, "out_province": 3}, "narrative": "截至2026年12月31日，城关社区居民委员会共有劳动力26人，从业人员20人（其中务农4人、公益性岗位1人），失业0人；外出从业7人，占劳动力的26.9%，其中县内乡外1人、省内县外3人、省外3人。"}', '2026-12-05 03:02:42.732+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 0, "signed": 1, "chronic": 2, "elderly": 2, "managed": 2, "disabled": 0, "signed_pct": 50, "managed_pct": 100, "chronic_managed": 2}, "narrative": "截至2026年12月31日，城关社区居民委员会有65岁及以上老年人2人（其中80岁及以上0人、失能及部分失能0人），已纳入健康管理2人，健康管理率100.0%；签约家庭医生1人，签约率50.0%；患慢性病2人，已纳入管理2人。"}', '2026-12-05 03:02:42.732+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年10月31日，城关社区居民委员会共有农村低保户1户1人，本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:42.79+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2026', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "经营收入不能大于总收入"}, {"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 40, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，城关社区居民委员会村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.928+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-labour-quarterly', 1, '2026Q4', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 2, "level": "warning", "passed": true, "message": "有外出务工人员未填写务工地点"}, {"index": 3, "level": "warning", "passed": true, "message": "有未满16周岁的人员登记为外出务工，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 24, "farming": 10, "migrant": 9, "employed": 24, "to_county": 1, "unemployed": 1, "migrant_pct": 37.5, "public_jobs": 0, "to_province": 4, "out_province": 4}, "narrative": "截至2026年12月31日，石门村委会共有劳动力24人，从业人员24人（其中务农10人、公益性岗位0人），失业1人；外出从业9人，占劳动力的37.5%，其中县内乡外1人、省内县外4人、省外4人。"}', '2026-12-05 03:02:42.733+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 1, "signed": 2, "chronic": 2, "elderly": 7, "managed": 5, "disabled": 1, "signed_pct": 28.6, "managed_pct": 71.4, "chronic_managed": 2}, "narrative": "截至2026年12月31日，石门村委会有65岁及以上老年人7人（其中80岁及以上1人、失能及部分失能1人），已纳入健康管理5人，健康管理率71.4%；签约家庭医生2人，签约率28.6%；患慢性病2人，已纳入管理2人。"}', '2026-12-05 03:02:42.733+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "persons": 0}, "narrative": "截至2026年10月31日，石门村委会共有农村低保户0户0人，本月发放低保金0.00元，户均—。"}', '2026-12-05 03:02:42.775+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年10月31日，石门村委会共有持证残疾人2人，其中一、二级重度残疾人1人。2026年10月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.786+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年10月31日，石门村委会共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年10月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:42.787+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，石门村委会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.788+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 0, "care_n": 0, "severe": 0, "disabled": 0, "living_n": 0, "care_funds": 0, "total_funds": 0, "living_funds": 0, "care_coverage": null}, "narrative": "截至2026年10月31日，城关社区居民委员会共有持证残疾人0人，其中一、二级重度残疾人0人。2026年10月发放困难残疾人生活补贴0人0.00元，重度残疾人护理补贴0人0.00元，两项合计0.00元，重度残疾人护理补贴覆盖率—%。"}', '2026-12-05 03:02:42.791+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 0, "age_100": 0, "coverage": null, "age_80_89": 0, "age_90_99": 0}, "narrative": "截至2026年10月31日，城关社区居民委员会共有80周岁及以上老年人0人，其中80～89周岁0人、90～99周岁0人、100周岁及以上0人；2026年10月向0人发放高龄津贴0.00元，人均—元，覆盖率—%。"}', '2026-12-05 03:02:42.791+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，城关社区居民委员会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.791+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，城关社区居民委员会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.791+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 0, "new_hh": 0, "sudden": 0, "at_risk": 0, "persons": 0, "marginal": 0, "unstable": 0, "eliminated": 0, "eliminated_pct": null}, "narrative": "截至2026年10月31日，城关社区居民委员会共有防止返贫监测对象0户0人，其中脱贫不稳定户0户、边缘易致贫户0户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率—%，尚有0户未消除风险。"}', '2026-12-05 03:02:42.891+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-10', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 7, "ytd_found": 7, "ytd_fix_pct": 100}, "narrative": "2026年10月，城关社区居民委员会排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现7处、整改7处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.891+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，石门村委会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.788+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年10月31日，石门村委会共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:42.905+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-10', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年10月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.905+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2026', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有年末未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到年末）"}, {"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 150, "paid": 1, "funds": 150, "total": 1, "coverage": 100, "paid_dec": 1}, "narrative": "2026年度，石门村委会年末共有80周岁及以上老年人1人；全年向1人发放高龄津贴150.00元，人均150.00元；12月发放1人，覆盖率100.0%。"}', '2026-12-05 03:02:42.915+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2026', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "经营收入不能大于总收入"}, {"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 40, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，石门村委会村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.915+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2026', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 2, "level": "error", "passed": true, "message": "耕地面积不能大于行政区域面积"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 411, "groups": 3, "labour": 24, "per_hh": 2.86, "migrant": 9, "persons": 40, "cultivated": 44.4, "households": 14, "land_per_capita": 1.11}, "narrative": "截至2026年12月31日，石门村委会共有14户、户籍人口40人，户均2.86人；劳动力24人，其中外出务工9人。行政区域面积411.00亩，耕地44.40亩，人均耕地1.11亩。"}', '2026-12-05 03:02:42.919+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-elderly-allowance-yearly', 1, '2026', '360000000000', 1, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 150, "paid": 1, "funds": 150, "total": 1, "coverage": 100, "paid_dec": 1}, "narrative": "2026年度，江西省年末共有80周岁及以上老年人1人；全年向1人发放高龄津贴150.00元，人均150.00元；12月发放1人，覆盖率100.0%。"}', '2026-12-05 03:02:42.982+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2026', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 2, "level": "error", "passed": true, "message": "有未满18周岁的人员登记为党员（按身份证号推算年龄）"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 1, "age_36_60": 1, "female_pct": 0, "branch_type": "联合党支部", "new_members": 0}, "narrative": "截至2026年12月31日，石门村委会共有党员1名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁1名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.919+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360835100000', 4, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_last": 1, "care_funds": 270, "living_last": 1, "total_funds": 570, "living_funds": 300, "care_coverage": 100}, "narrative": "2026年第四季度，清溪镇共有持证残疾人2人，其中一、二级重度残疾人1人。本季发放困难残疾人生活补贴1人300.00元，重度残疾人护理补贴1人270.00元，两项合计570.00元；季末月护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.942+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年10月31日，清溪镇共有农村低保户1户1人，本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:42.943+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年10月31日，清溪镇共有持证残疾人2人，其中一、二级重度残疾人1人。2026年10月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.945+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年10月31日，清溪镇共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年10月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:42.949+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2026', '360835100000', 4, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 150, "paid": 1, "funds": 150, "total": 1, "coverage": 100, "paid_dec": 1}, "narrative": "2026年度，清溪镇年末共有80周岁及以上老年人1人；全年向1人发放高龄津贴150.00元，人均150.00元；12月发放1人，覆盖率100.0%。"}', '2026-12-05 03:02:42.951+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，清溪镇共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.951+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，清溪镇共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.952+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2026', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 2, "level": "error", "passed": true, "message": "耕地面积不能大于行政区域面积"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 36, "groups": 2, "labour": 26, "per_hh": 3.33, "migrant": 7, "persons": 40, "cultivated": 2.4, "households": 12, "land_per_capita": 0.06}, "narrative": "截至2026年12月31日，城关社区居民委员会共有12户、户籍人口40人，户均3.33人；劳动力26人，其中外出务工7人。行政区域面积36.00亩，耕地2.40亩，人均耕地0.06亩。"}', '2026-12-05 03:02:42.928+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2026', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 2, "level": "error", "passed": true, "message": "有未满18周岁的人员登记为党员（按身份证号推算年龄）"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 1, "age_36_60": 1, "female_pct": 0, "branch_type": "联合党支部", "new_members": 0}, "narrative": "截至2026年12月31日，城关社区居民委员会共有党员1名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁1名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.928+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年11月30日，城关社区居民委员会共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.058+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 0, "care_n": 0, "severe": 0, "disabled": 0, "living_n": 0, "care_funds": 0, "total_funds": 0, "living_funds": 0, "care_coverage": null}, "narrative": "截至2026年11月30日，城关社区居民委员会共有持证残疾人0人，其中一、二级重度残疾人0人。2026年11月发放困难残疾人生活补贴0人0.00元，重度残疾人护理补贴0人0.00元，两项合计0.00元，重度残疾人护理补贴覆盖率—%。"}', '2026-12-05 03:02:43.058+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 0, "age_100": 0, "coverage": null, "age_80_89": 0, "age_90_99": 0}, "narrative": "截至2026年11月30日，城关社区居民委员会共有80周岁及以上老年人0人，其中80～89周岁0人、90～99周岁0人、100周岁及以上0人；2026年11月向0人发放高龄津贴0.00元，人均—元，覆盖率—%。"}', '2026-12-05 03:02:43.059+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，城关社区居民委员会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.059+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-labour-quarterly', 1, '2026Q4', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 50, "farming": 14, "migrant": 16, "employed": 44, "to_county": 2, "unemployed": 1, "migrant_pct": 32, "public_jobs": 1, "to_province": 7, "out_province": 7}, "narrative": "截至2026年12月31日，清溪镇共有劳动力50人，从业人员44人（其中务农14人、公益性岗位1人），失业1人；外出从业16人，占劳动力的32.0%，其中县内乡外2人、省内县外7人、省外7人。"}', '2026-12-05 03:02:42.964+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2026', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 50, "per_hh": 3.08, "migrant": 16, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2026年12月31日，清溪镇共有26户、户籍人口80人，户均3.08人；劳动力50人，其中外出务工16人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.965+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 1, "signed": 3, "chronic": 4, "elderly": 9, "managed": 7, "disabled": 1, "signed_pct": 33.3, "managed_pct": 77.8, "chronic_managed": 4}, "narrative": "截至2026年12月31日，清溪镇有65岁及以上老年人9人（其中80岁及以上1人、失能及部分失能1人），已纳入健康管理7人，健康管理率77.8%；签约家庭医生3人，签约率33.3%；患慢性病4人，已纳入管理4人。"}', '2026-12-05 03:02:42.965+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年10月31日，清溪镇共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:42.966+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-10', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年10月，清溪镇排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.967+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2026', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2026年12月31日，清溪镇共有党员2名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.967+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-orphan-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，吉安市共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.983+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360835000000', 3, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_last": 1, "care_funds": 270, "living_last": 1, "total_funds": 570, "living_funds": 300, "care_coverage": 100}, "narrative": "2026年第四季度，清溪县共有持证残疾人2人，其中一、二级重度残疾人1人。本季发放困难残疾人生活补贴1人300.00元，重度残疾人护理补贴1人270.00元，两项合计570.00元；季末月护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.968+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年10月31日，清溪县共有农村低保户1户1人，本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:42.968+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年10月31日，清溪县共有持证残疾人2人，其中一、二级重度残疾人1人。2026年10月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.969+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年10月31日，清溪县共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年10月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:42.969+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-yearly', 1, '2026', '360835000000', 3, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 150, "paid": 1, "funds": 150, "total": 1, "coverage": 100, "paid_dec": 1}, "narrative": "2026年度，清溪县年末共有80周岁及以上老年人1人；全年向1人发放高龄津贴150.00元，人均150.00元；12月发放1人，覆盖率100.0%。"}', '2026-12-05 03:02:42.97+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，清溪县共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.97+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，清溪县共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.97+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'ny-collective-yearly', 1, '2026', '360835000000', 3, '{"checks": [{"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 80, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，清溪县村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.971+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-labour-quarterly', 1, '2026Q4', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 50, "farming": 14, "migrant": 16, "employed": 44, "to_county": 2, "unemployed": 1, "migrant_pct": 32, "public_jobs": 1, "to_province": 7, "out_province": 7}, "narrative": "截至2026年12月31日，清溪县共有劳动力50人，从业人员44人（其中务农14人、公益性岗位1人），失业1人；外出从业16人，占劳动力的32.0%，其中县内乡外2人、省内县外7人、省外7人。"}', '2026-12-05 03:02:42.971+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'tj-village-basic-yearly', 1, '2026', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 50, "per_hh": 3.08, "migrant": 16, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2026年12月31日，清溪县共有26户、户籍人口80人，户均3.08人；劳动力50人，其中外出务工16人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.972+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 1, "signed": 3, "chronic": 4, "elderly": 9, "managed": 7, "disabled": 1, "signed_pct": 33.3, "managed_pct": 77.8, "chronic_managed": 4}, "narrative": "截至2026年12月31日，清溪县有65岁及以上老年人9人（其中80岁及以上1人、失能及部分失能1人），已纳入健康管理7人，健康管理率77.8%；签约家庭医生3人，签约率33.3%；患慢性病4人，已纳入管理4人。"}', '2026-12-05 03:02:42.972+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年10月31日，清溪县共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:42.973+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-10', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年10月，清溪县排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:42.973+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'zz-party-yearly', 1, '2026', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2026年12月31日，清溪县共有党员2名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:42.974+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-orphan-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年10月31日，江西省共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年10月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:42.984+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360800000000', 2, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_last": 1, "care_funds": 270, "living_last": 1, "total_funds": 570, "living_funds": 300, "care_coverage": 100}, "narrative": "2026年第四季度，吉安市共有持证残疾人2人，其中一、二级重度残疾人1人。本季发放困难残疾人生活补贴1人300.00元，重度残疾人护理补贴1人270.00元，两项合计570.00元；季末月护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.975+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'cl-disability-subsidy-quarterly', 1, '2026Q4', '360000000000', 1, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 2, "level": "error", "passed": true, "message": "季末月享受人数不能多于本季享受人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发"}], "errors": {}, "values": {"care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_last": 1, "care_funds": 270, "living_last": 1, "total_funds": 570, "living_funds": 300, "care_coverage": 100}, "narrative": "2026年第四季度，江西省共有持证残疾人2人，其中一、二级重度残疾人1人。本季发放困难残疾人生活补贴1人300.00元，重度残疾人护理补贴1人270.00元，两项合计570.00元；季末月护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.975+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-dibao-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年10月31日，吉安市共有农村低保户1户1人，本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:42.976+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-dibao-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年10月31日，江西省共有农村低保户1户1人，本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:42.977+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年10月31日，吉安市共有持证残疾人2人，其中一、二级重度残疾人1人。2026年10月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.978+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-disability-subsidy-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年10月31日，江西省共有持证残疾人2人，其中一、二级重度残疾人1人。2026年10月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:42.978+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年10月31日，吉安市共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年10月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:42.979+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-elderly-allowance-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年10月31日，江西省共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年10月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:42.98+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-elderly-allowance-yearly', 1, '2026', '360800000000', 2, '{"checks": [{"index": 1, "level": "error", "passed": true, "message": "12月发放人数不能多于80周岁及以上老年人数"}, {"index": 2, "level": "warning", "passed": true, "message": "有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 150, "paid": 1, "funds": 150, "total": 1, "coverage": 100, "paid_dec": 1}, "narrative": "2026年度，吉安市年末共有80周岁及以上老年人1人；全年向1人发放高龄津贴150.00元，人均150.00元；12月发放1人，覆盖率100.0%。"}', '2026-12-05 03:02:42.981+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-tekun-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，吉安市共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.984+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-tekun-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年10月31日，江西省共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年10月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:42.985+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'ny-collective-yearly', 1, '2026', '360800000000', 2, '{"checks": [{"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 80, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，吉安市村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.99+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'ny-collective-yearly', 1, '2026', '360000000000', 1, '{"checks": [{"index": 1, "level": "warning", "passed": false, "message": "村集体经济组织总收入或总支出未填报"}, {"index": 2, "level": "warning", "passed": true, "message": "向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益"}, {"index": 3, "level": "warning", "passed": true, "message": "本年收益为零或亏损仍向成员分配，请核实"}], "errors": {}, "values": {"weak": 0, "income": null, "profit": null, "persons": 80, "dist_pct": null, "expenses": null, "operating": null, "per_capita": null, "distributed": null}, "narrative": "2026年度，江西省村集体经济组织总收入—万元（其中经营收入—万元），总支出—万元，本年收益—万元；向成员分配—万元，占本年收益的—%，按户籍人口人均—元。"}', '2026-12-05 03:02:42.99+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'tj-labour-quarterly', 1, '2026Q4', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 50, "farming": 14, "migrant": 16, "employed": 44, "to_county": 2, "unemployed": 1, "migrant_pct": 32, "public_jobs": 1, "to_province": 7, "out_province": 7}, "narrative": "截至2026年12月31日，吉安市共有劳动力50人，从业人员44人（其中务农14人、公益性岗位1人），失业1人；外出从业16人，占劳动力的32.0%，其中县内乡外2人、省内县外7人、省外7人。"}', '2026-12-05 03:02:42.993+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'tj-labour-quarterly', 1, '2026Q4', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "务农、公益性岗位人数之和不能多于从业人员"}, {"index": 1, "level": "error", "passed": true, "message": "分地点的外出从业人数之和不能多于外出从业人员"}, {"index": 4, "level": "warning", "passed": true, "message": "外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力"}], "errors": {}, "values": {"labour": 50, "farming": 14, "migrant": 16, "employed": 44, "to_county": 2, "unemployed": 1, "migrant_pct": 32, "public_jobs": 1, "to_province": 7, "out_province": 7}, "narrative": "截至2026年12月31日，江西省共有劳动力50人，从业人员44人（其中务农14人、公益性岗位1人），失业1人；外出从业16人，占劳动力的32.0%，其中县内乡外2人、省内县外7人、省外7人。"}', '2026-12-05 03:02:42.993+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'tj-village-basic-yearly', 1, '2026', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 50, "per_hh": 3.08, "migrant": 16, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2026年12月31日，吉安市共有26户、户籍人口80人，户均3.08人；劳动力50人，其中外出务工16人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.994+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-tekun-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，吉安市共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.084+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'tj-village-basic-yearly', 1, '2026', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "户籍人口不能少于户数（每户至少有1名成员）"}, {"index": 1, "level": "error", "passed": true, "message": "劳动力不能多于户籍人口"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中的行政区域面积或耕地面积未填报"}, {"index": 4, "level": "warning", "passed": true, "message": "外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力"}], "errors": {}, "values": {"area": 447, "groups": 5, "labour": 50, "per_hh": 3.08, "migrant": 16, "persons": 80, "cultivated": 46.8, "households": 26, "land_per_capita": 0.59}, "narrative": "截至2026年12月31日，江西省共有26户、户籍人口80人，户均3.08人；劳动力50人，其中外出务工16人。行政区域面积447.00亩，耕地46.80亩，人均耕地0.59亩。"}', '2026-12-05 03:02:42.995+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 1, "signed": 3, "chronic": 4, "elderly": 9, "managed": 7, "disabled": 1, "signed_pct": 33.3, "managed_pct": 77.8, "chronic_managed": 4}, "narrative": "截至2026年12月31日，吉安市有65岁及以上老年人9人（其中80岁及以上1人、失能及部分失能1人），已纳入健康管理7人，健康管理率77.8%；签约家庭医生3人，签约率33.3%；患慢性病4人，已纳入管理4人。"}', '2026-12-05 03:02:42.996+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'wj-elderly-health-quarterly', 1, '2026Q4', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "80岁及以上、失能老年人数不能多于65岁及以上老年人数"}, {"index": 1, "level": "error", "passed": true, "message": "健康管理、签约、慢性病人数不能多于65岁及以上老年人数"}, {"index": 2, "level": "error", "passed": true, "message": "慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数"}, {"index": 3, "level": "warning", "passed": true, "message": "65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人"}, {"index": 4, "level": "warning", "passed": true, "message": "有患慢性病的老年人尚未纳入健康管理"}], "errors": {}, "values": {"age_80": 1, "signed": 3, "chronic": 4, "elderly": 9, "managed": 7, "disabled": 1, "signed_pct": 33.3, "managed_pct": 77.8, "chronic_managed": 4}, "narrative": "截至2026年12月31日，江西省有65岁及以上老年人9人（其中80岁及以上1人、失能及部分失能1人），已纳入健康管理7人，健康管理率77.8%；签约家庭医生3人，签约率33.3%；患慢性病4人，已纳入管理4人。"}', '2026-12-05 03:02:42.997+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'xczx-monitoring-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年10月31日，吉安市共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:42.997+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'xczx-monitoring-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年10月31日，江西省共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年10月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:42.998+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-10', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年10月，吉安市排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.014+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，清溪镇共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.071+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-10', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 1, "found": 1, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年10月，江西省排查发现安全隐患1处（其中重大隐患0处），整改完成1处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.017+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'zz-party-yearly', 1, '2026', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2026年12月31日，吉安市共有党员2名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:43.02+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'zz-party-yearly', 1, '2026', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "各年龄段党员之和不能多于党员总数"}, {"index": 1, "level": "error", "passed": true, "message": "女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数"}, {"index": 3, "level": "warning", "passed": true, "message": "村情中未填写村党组织类型"}, {"index": 4, "level": "warning", "passed": true, "message": "正式党员不足3人，按规定应与邻近村联合成立党支部"}, {"index": 5, "level": "warning", "passed": true, "message": "党员不足100人却设立党委，请核实党组织类型"}], "errors": {}, "values": {"age_35": 0, "age_61": 0, "female": 0, "mobile": 0, "college": 0, "members": 2, "age_36_60": 2, "female_pct": 0, "branch_type": null, "new_members": 0}, "narrative": "截至2026年12月31日，江西省共有党员2名，其中女党员0名（占0.0%），2026年度发展党员0名；35岁及以下0名、36～60岁2名、61岁及以上0名，大专及以上学历0名，外出务工的流动党员0名。"}', '2026-12-05 03:02:43.02+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "persons": 0}, "narrative": "截至2026年11月30日，石门村委会共有农村低保户0户0人（与上月持平），本月发放低保金0.00元，户均—。"}', '2026-12-05 03:02:43.055+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年11月30日，石门村委会共有持证残疾人2人，其中一、二级重度残疾人1人。2026年11月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.055+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年11月30日，石门村委会共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年11月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.056+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，清溪镇共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.071+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，石门村委会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.056+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，石门村委会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.056+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年11月30日，石门村委会共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.056+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-11', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年11月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.057+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年11月30日，清溪镇共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.069+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年11月30日，清溪镇共有持证残疾人2人，其中一、二级重度残疾人1人。2026年11月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.07+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年11月30日，清溪镇共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年11月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.07+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，城关社区居民委员会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.059+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 0, "new_hh": 0, "sudden": 0, "at_risk": 0, "persons": 0, "marginal": 0, "unstable": 0, "eliminated": 0, "eliminated_pct": null}, "narrative": "截至2026年11月30日，城关社区居民委员会共有防止返贫监测对象0户0人，其中脱贫不稳定户0户、边缘易致贫户0户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率—%，尚有0户未消除风险。"}', '2026-12-05 03:02:43.059+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-11', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 7, "ytd_found": 7, "ytd_fix_pct": 100}, "narrative": "2026年11月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现7处、整改7处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.06+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "persons": 0}, "narrative": "截至2026年12月31日，石门村委会共有农村低保户0户0人（与上月持平），本月发放低保金0.00元，户均—。"}', '2026-12-05 03:02:43.114+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年12月31日，石门村委会共有持证残疾人2人，其中一、二级重度残疾人1人。2026年12月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.114+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年12月31日，石门村委会共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年12月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.115+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，清溪镇共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.124+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年11月30日，清溪镇共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.072+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-11', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年11月，清溪镇排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.072+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年11月30日，清溪县共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.073+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年11月30日，清溪县共有持证残疾人2人，其中一、二级重度残疾人1人。2026年11月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.073+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年11月30日，清溪县共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年11月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.074+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，清溪县共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.074+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，清溪县共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.075+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年11月30日，清溪县共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.075+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-11', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年11月，清溪县排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.076+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-dibao-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年11月30日，吉安市共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.077+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-dibao-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年11月30日，江西省共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.077+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年11月30日，吉安市共有持证残疾人2人，其中一、二级重度残疾人1人。2026年11月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.078+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-disability-subsidy-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年11月30日，江西省共有持证残疾人2人，其中一、二级重度残疾人1人。2026年11月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.079+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年11月30日，吉安市共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年11月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.08+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-elderly-allowance-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年11月30日，江西省共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年11月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.081+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-orphan-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，吉安市共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.081+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-orphan-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年11月30日，江西省共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年11月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.083+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-tekun-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年11月30日，江西省共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年11月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.085+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'xczx-monitoring-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年11月30日，吉安市共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.088+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'xczx-monitoring-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年11月30日，江西省共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年11月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.089+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-11', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年11月，吉安市排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.093+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-11', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年11月，江西省排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.095+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年12月31日，城关社区居民委员会共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.116+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴"}, {"index": 1, "level": "error", "passed": true, "message": "有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴"}, {"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}, {"index": 4, "level": "warning", "passed": true, "message": "有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人"}], "errors": {}, "values": {"both_n": 0, "care_n": 0, "severe": 0, "disabled": 0, "living_n": 0, "care_funds": 0, "total_funds": 0, "living_funds": 0, "care_coverage": null}, "narrative": "截至2026年12月31日，城关社区居民委员会共有持证残疾人0人，其中一、二级重度残疾人0人。2026年12月发放困难残疾人生活补贴0人0.00元，重度残疾人护理补贴0人0.00元，两项合计0.00元，重度残疾人护理补贴覆盖率—%。"}', '2026-12-05 03:02:43.116+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，清溪镇共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.124+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）"}, {"index": 1, "level": "error", "passed": true, "message": "有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "total": 0, "age_100": 0, "coverage": null, "age_80_89": 0, "age_90_99": 0}, "narrative": "截至2026年12月31日，城关社区居民委员会共有80周岁及以上老年人0人，其中80～89周岁0人、90～99周岁0人、100周岁及以上0人；2026年12月向0人发放高龄津贴0.00元，人均—元，覆盖率—%。"}', '2026-12-05 03:02:43.116+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，城关社区居民委员会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.117+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，城关社区居民委员会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.117+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 0, "new_hh": 0, "sudden": 0, "at_risk": 0, "persons": 0, "marginal": 0, "unstable": 0, "eliminated": 0, "eliminated_pct": null}, "narrative": "截至2026年12月31日，城关社区居民委员会共有防止返贫监测对象0户0人，其中脱贫不稳定户0户、边缘易致贫户0户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率—%，尚有0户未消除风险。"}', '2026-12-05 03:02:43.117+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-12', '360835100001', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 7, "ytd_found": 7, "ytd_fix_pct": 100}, "narrative": "2026年12月，城关社区居民委员会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现7处、整改7处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.117+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 1, "level": "error", "passed": true, "message": "基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}, {"index": 4, "level": "warning", "passed": true, "message": "有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，石门村委会共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.115+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 2, "level": "error", "passed": true, "message": "有特困供养户未填写特困供养人数（应至少为1人）"}, {"index": 3, "level": "warning", "passed": true, "message": "有未纳入特困供养的户本月发放了供养金，请核实是否本月退出"}, {"index": 4, "level": "warning", "passed": true, "message": "有特困供养户同时在保低保，特困人员不应重复享受低保，请核实"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，石门村委会共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.115+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}, {"index": 2, "level": "error", "passed": true, "message": "有监测对象户未填写监测类型"}, {"index": 3, "level": "warning", "passed": true, "message": "有监测对象户未填写主要风险类型"}, {"index": 4, "level": "warning", "passed": true, "message": "有监测对象户的风险消除时间早于纳入监测时间，请核实"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年12月31日，石门村委会共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.115+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-12', '360835100200', 5, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 4, "ytd_found": 4, "ytd_fix_pct": 100}, "narrative": "2026年12月，石门村委会排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现4处、整改4处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.118+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年12月31日，清溪镇共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.122+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年12月31日，清溪镇共有持证残疾人2人，其中一、二级重度残疾人1人。2026年12月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.122+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年12月31日，清溪镇共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年12月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.123+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年12月31日，清溪镇共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.125+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-12', '360835100000', 4, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年12月，清溪镇排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.125+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-dibao-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年12月31日，清溪县共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.126+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年12月31日，清溪县共有持证残疾人2人，其中一、二级重度残疾人1人。2026年12月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.126+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年12月31日，清溪县共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年12月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.127+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-orphan-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，清溪县共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.127+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'mz-tekun-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，清溪县共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.128+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'xczx-monitoring-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年12月31日，清溪县共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.128+00');
INSERT INTO formhub.report_rows VALUES ('360835000000', 'yj-hazard-monthly', 1, '2026-12', '360835000000', 3, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年12月，清溪县排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.129+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-dibao-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年12月31日，吉安市共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.129+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-dibao-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "低保人数不能少于低保户数"}], "errors": {}, "values": {"hh": 1, "avg": 440, "funds": 440, "persons": 1}, "narrative": "截至2026年12月31日，江西省共有农村低保户1户1人（与上月持平），本月发放低保金440.00元，户均440.00元。"}', '2026-12-05 03:02:43.13+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年12月31日，吉安市共有持证残疾人2人，其中一、二级重度残疾人1人。2026年12月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.131+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-disability-subsidy-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "补贴享受人数不能多于持证残疾人数"}, {"index": 3, "level": "error", "passed": true, "message": "同时享受两项补贴的人数不能多于任一项补贴的享受人数"}], "errors": {}, "values": {"both_n": 1, "care_n": 1, "severe": 1, "disabled": 2, "living_n": 1, "care_funds": 90, "total_funds": 190, "living_funds": 100, "care_coverage": 100}, "narrative": "截至2026年12月31日，江西省共有持证残疾人2人，其中一、二级重度残疾人1人。2026年12月发放困难残疾人生活补贴1人100.00元，重度残疾人护理补贴1人90.00元，两项合计190.00元，重度残疾人护理补贴覆盖率100.0%。"}', '2026-12-05 03:02:43.132+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年12月31日，吉安市共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年12月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.133+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-elderly-allowance-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于80周岁及以上老年人数"}, {"index": 3, "level": "warning", "passed": true, "message": "有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批"}], "errors": {}, "values": {"avg": 50, "paid": 1, "funds": 50, "total": 1, "age_100": 0, "coverage": 100, "age_80_89": 1, "age_90_99": 0}, "narrative": "截至2026年12月31日，江西省共有80周岁及以上老年人1人，其中80～89周岁1人、90～99周岁0人、100周岁及以上0人；2026年12月向1人发放高龄津贴50.00元，人均50.00元，覆盖率100.0%。"}', '2026-12-05 03:02:43.134+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-orphan-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，吉安市共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.134+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-orphan-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "集中养育与社会散居孤儿之和应等于孤儿人数"}, {"index": 2, "level": "error", "passed": true, "message": "发放人数不能多于孤儿和事实无人抚养儿童人数之和"}, {"index": 3, "level": "warning", "passed": true, "message": "有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实"}], "errors": {}, "values": {"avg": null, "paid": 0, "funds": 0, "central": 0, "orphans": 0, "de_facto": 0, "scattered": 0}, "narrative": "截至2026年12月31日，江西省共有孤儿0人（集中养育0人、社会散居0人），事实无人抚养儿童0人；2026年12月向0人发放基本生活费0.00元，人均—元。"}', '2026-12-05 03:02:43.135+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'mz-tekun-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，吉安市共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.136+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'mz-tekun-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "特困供养人数不能少于特困供养户数"}, {"index": 1, "level": "error", "passed": true, "message": "集中供养与分散供养人数之和应等于特困供养人数"}, {"index": 5, "level": "warning", "passed": true, "message": "有特困供养人员，但本月未录入供养金发放金额"}], "errors": {}, "values": {"hh": 0, "avg": null, "funds": 0, "central": 0, "persons": 0, "dispersed": 0, "central_pct": null}, "narrative": "截至2026年12月31日，江西省共有特困供养户0户0人，其中集中供养0人、分散供养0人，集中供养率—%；2026年12月发放供养金0.00元，人均—元。"}', '2026-12-05 03:02:43.139+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'xczx-monitoring-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年12月31日，吉安市共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.141+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'xczx-monitoring-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "监测对象人数不能少于户数（每户至少有1名在册成员）"}, {"index": 1, "level": "error", "passed": true, "message": "分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数"}], "errors": {}, "values": {"hh": 1, "new_hh": 0, "sudden": 0, "at_risk": 1, "persons": 2, "marginal": 1, "unstable": 0, "eliminated": 0, "eliminated_pct": 0}, "narrative": "截至2026年12月31日，江西省共有防止返贫监测对象1户2人，其中脱贫不稳定户0户、边缘易致贫户1户、突发严重困难户0户；2026年12月新识别0户；已消除风险0户，风险消除率0.0%，尚有1户未消除风险。"}', '2026-12-05 03:02:43.142+00');
INSERT INTO formhub.report_rows VALUES ('360800000000', 'yj-hazard-monthly', 1, '2026-12', '360800000000', 2, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年12月，吉安市排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.143+00');
INSERT INTO formhub.report_rows VALUES ('360000000000', 'yj-hazard-monthly', 1, '2026-12', '360000000000', 1, '{"checks": [{"index": 0, "level": "error", "passed": true, "message": "重大隐患数不能多于本月排查发现的隐患数"}, {"index": 1, "level": "warning", "passed": true, "message": "本月隐患排查或整改数未填报（没有隐患请填0）"}, {"index": 2, "level": "warning", "passed": true, "message": "本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患"}, {"index": 3, "level": "warning", "passed": true, "message": "本月发现重大隐患但没有整改完成任何隐患，请督促限期整改"}], "errors": {}, "values": {"fixed": 0, "found": 0, "major": 0, "pending": 0, "ytd_fixed": 11, "ytd_found": 11, "ytd_fix_pct": 100}, "narrative": "2026年12月，江西省排查发现安全隐患0处（其中重大隐患0处），整改完成0处；本年累计发现11处、整改11处，整改率100.0%，尚有0处未整改。"}', '2026-12-05 03:02:43.144+00');


--
-- Data for Name: submissions; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.submissions VALUES ('360835000000', '360835100001', '2026-10', 3, 0, 1, NULL, 'reviewer', '2026-11-05 02:00:00+00', '2026-11-04 02:00:00+00', '2026-11-05 02:00:00+00');
INSERT INTO formhub.submissions VALUES ('360835000000', '360835100200', '2026-10', 3, 0, 1, NULL, 'reviewer', '2026-11-05 02:00:00+00', '2026-11-04 02:00:00+00', '2026-11-05 02:00:00+00');
INSERT INTO formhub.submissions VALUES ('360835000000', '360835100001', '2026-11', 3, 0, 1, NULL, 'reviewer', '2026-12-05 02:00:00+00', '2026-12-04 02:00:00+00', '2026-12-05 02:00:00+00');
INSERT INTO formhub.submissions VALUES ('360835000000', '360835100200', '2026-11', 3, 0, 1, NULL, 'reviewer', '2026-12-05 02:00:00+00', '2026-12-04 02:00:00+00', '2026-12-05 02:00:00+00');


--
-- Data for Name: subscription_states; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: subscriptions; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: template_admissions; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Data for Name: template_log; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.template_log VALUES (1, 'cl-disability-subsidy-quarterly', 'published', 1, '# 报表模板：残疾人两项补贴发放情况季报（残联）。格式见 docs/templates.md。
# 两项补贴按月填报（disability_subsidy_amount、care_subsidy_amount 的 period: monthly），季报不另填：
# 本季金额 = 本季三个月之和（sumOfMonths），享受人数 = 本季有发放的人数，季末月人数取本季最后一个月（lastMonth）。
id: cl-disability-subsidy-quarterly
version: 1
title: 残疾人两项补贴发放情况季报
title_en: Disability living and nursing subsidies, quarterly
department: 残联
period: quarterly
due: P15D
rows: village

columns:
  - id: disabled
    title: 持证残疾人数
    title_en: Certified disabled persons
    unit: 人
    value: count(persons, ''disability_grade'')

  - id: severe
    title: 一、二级重度残疾人数
    title_en: Severely disabled (grade 1-2)
    unit: 人
    group: 其中
    value: |
      count(persons, {disability_grade: [''一级'', ''二级'']})

  - id: living_n
    title: 本季享受人数
    title_en: Living subsidy recipients this quarter
    unit: 人
    group: 困难残疾人生活补贴
    value: count(persons, p => sumOfMonths(p, ''disability_subsidy_amount'') > 0)

  - id: living_last
    title: 季末月享受人数
    title_en: Living subsidy recipients in the quarter''s last month
    unit: 人
    group: 困难残疾人生活补贴
    value: count(persons, p => lastMonth(p, ''disability_subsidy_amount'') > 0)

  - id: living_funds
    title: 本季发放金额
    title_en: Living subsidy paid this quarter
    unit: 元
    group: 困难残疾人生活补贴
    value: sum(persons, p => sumOfMonths(p, ''disability_subsidy_amount''))
    digits: 2

  - id: care_n
    title: 本季享受人数
    title_en: Nursing subsidy recipients this quarter
    unit: 人
    group: 重度残疾人护理补贴
    value: count(persons, p => sumOfMonths(p, ''care_subsidy_amount'') > 0)

  - id: care_last
    title: 季末月享受人数
    title_en: Nursing subsidy recipients in the quarter''s last month
    unit: 人
    group: 重度残疾人护理补贴
    value: count(persons, p => lastMonth(p, ''care_subsidy_amount'') > 0)

  - id: care_funds
    title: 本季发放金额
    title_en: Nursing subsidy paid this quarter
    unit: 元
    group: 重度残疾人护理补贴
    value: sum(persons, p => sumOfMonths(p, ''care_subsidy_amount''))
    digits: 2

  - id: total_funds
    title: 两项补贴合计
    title_en: Both subsidies, total paid
    unit: 元
    value: row.living_funds + row.care_funds
    digits: 2

  - id: care_coverage
    title: 季末重度残疾人护理补贴覆盖率
    title_en: Nursing subsidy coverage of the severely disabled at the quarter''s end
    unit: ''%''
    value: percent(row.care_last, row.severe, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: |
      count(persons, p => !p.disability_grade && (sumOfMonths(p, ''disability_subsidy_amount'') > 0 || sumOfMonths(p, ''care_subsidy_amount'') > 0)) === 0
    level: error
    message: 有未持残疾人证（未填残疾等级）的人员本季领取了残疾人两项补贴
    message_en: ''Someone without a disability certificate (no disability grade) received a disability subsidy this quarter''
  - rule: row.living_n <= row.disabled && row.care_n <= row.disabled
    level: error
    message: 补贴享受人数不能多于持证残疾人数
    message_en: ''Subsidy recipients cannot outnumber certified disabled persons''
  - rule: row.living_last <= row.living_n && row.care_last <= row.care_n
    level: error
    message: 季末月享受人数不能多于本季享受人数
    message_en: ''Recipients in the quarter''''s last month cannot outnumber the quarter''''s recipients''
  - rule: row.care_last >= row.severe
    level: warning
    message: 有一、二级重度残疾人季末月未领取重度残疾人护理补贴，请核实是否待审批或已停发
    message_en: ''A person with a grade 1 or 2 disability was not paid the nursing subsidy in the quarter''''s last month; check whether it awaits approval or was stopped''

narrative: "{{ period.display }}，{{ unit.name }}共有持证残疾人{{ row.disabled }}人，其中一、二级重度残疾人{{ row.severe }}人。本季发放困难残疾人生活补贴{{ row.living_n }}人{{ row.living_funds }}元，重度残疾人护理补贴{{ row.care_n }}人{{ row.care_funds }}元，两项合计{{ row.total_funds }}元；季末月护理补贴覆盖率{{ row.care_coverage }}%。"
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (2, 'mz-dibao-monthly', 'published', 1, '# 报表模板：农村最低生活保障情况月报。格式见 src/FormHub.Core/Templates/TemplateLoader.cs。
# 每个单元格都由已录入的户数据算出，村里不用填报。读取的字段（dibao_status、dibao_persons、dibao_amount）
# 见 form-templates/catalog/household.yaml。
# 表达式里有“: ”（如 {dibao_status: ''在保''}）时写成 | 块：YAML 原样保留，报错也能指到准确的行列。
id: mz-dibao-monthly
version: 1
title: 农村最低生活保障情况月报
title_en: Rural minimum living allowance (dibao), monthly
form_number: 民统1表      # 表号 printed in the header (the example issue 14 gives; confirm with the department)
department: 民政
period: monthly
due: P10D                 # 期末后 10 天内报送
rows: village             # 每村一行，逐级汇总到乡镇、县

columns:
  - id: hh
    title: 低保户数
    title_en: Dibao households
    unit: 户
    value: |
      count(households, {dibao_status: ''在保''})

  - id: persons
    title: 低保人数
    title_en: Persons covered
    unit: 人
    value: |
      sum(households, ''dibao_persons'', {dibao_status: ''在保''})

  - id: funds
    title: 本月发放低保金
    title_en: Dibao paid this month
    unit: 元
    value: sum(households, ''dibao_amount'')   # 按月填报的发放金额
    digits: 2

  - id: avg
    title: 户均月保障金
    title_en: Average per household
    unit: 元
    value: ratio(row.funds, row.hh, 2)
    rollup: recompute     # 比率在每一级用汇总后的 funds 和 hh 重新计算，不能把各村的比率相加
    digits: 2

checks:
  - rule: row.persons >= row.hh
    level: error
    message: 低保人数不能少于低保户数
    message_en: ''Persons on dibao cannot be fewer than dibao households''

narrative: |
  截至{{ period.end }}，{{ unit.name }}共有农村低保户{{ row.hh }}户{{ row.persons }}人{{ if prev.hh != null }}（{{ change value.hh prev.hh "户" }}）{{ end }}，本月发放低保金{{ value.funds | yuan }}，户均{{ value.avg | yuan }}。
excel: layouts/mz-dibao-monthly.xlsx   # 部门官方版式，由 tools/FormHub.LayoutMaker 生成；占位符见 docs/templates.md §3.1
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (3, 'mz-disability-subsidy-monthly', 'published', 1, '# 报表模板：困难残疾人生活补贴和重度残疾人护理补贴（残疾人两项补贴）月报。格式见 docs/templates.md。
# 享受人数 = 本月发放金额大于 0 的人数，由按月填报的 disability_subsidy_amount、care_subsidy_amount 算出，不另填。
id: mz-disability-subsidy-monthly
version: 1
title: 困难残疾人生活补贴和重度残疾人护理补贴月报
title_en: Disability living and nursing subsidies, monthly
department: 民政
period: monthly
due: P10D
rows: village

columns:
  - id: disabled
    title: 持证残疾人数
    title_en: Certified disabled persons
    unit: 人
    value: count(persons, ''disability_grade'')

  - id: severe
    title: 一、二级重度残疾人数
    title_en: Severely disabled (grade 1-2)
    unit: 人
    group: 其中
    value: |
      count(persons, {disability_grade: [''一级'', ''二级'']})

  - id: living_n
    title: 享受人数
    title_en: Living subsidy recipients
    unit: 人
    group: 困难残疾人生活补贴
    value: |
      count(persons, {disability_subsidy_amount: {gt: 0}})

  - id: living_funds
    title: 本月发放金额
    title_en: Living subsidy paid
    unit: 元
    group: 困难残疾人生活补贴
    value: sum(persons, ''disability_subsidy_amount'')
    digits: 2

  - id: care_n
    title: 享受人数
    title_en: Nursing subsidy recipients
    unit: 人
    group: 重度残疾人护理补贴
    value: |
      count(persons, {care_subsidy_amount: {gt: 0}})

  - id: care_funds
    title: 本月发放金额
    title_en: Nursing subsidy paid
    unit: 元
    group: 重度残疾人护理补贴
    value: sum(persons, ''care_subsidy_amount'')
    digits: 2

  - id: both_n
    title: 同时享受两项补贴人数
    title_en: Receiving both
    unit: 人
    value: |
      count(persons, {disability_subsidy_amount: {gt: 0}, care_subsidy_amount: {gt: 0}})

  - id: total_funds
    title: 两项补贴合计
    title_en: Both subsidies, total paid
    unit: 元
    value: row.living_funds + row.care_funds
    digits: 2

  - id: care_coverage
    title: 重度残疾人护理补贴覆盖率
    title_en: Nursing subsidy coverage of the severely disabled
    unit: ''%''
    value: percent(row.care_n, row.severe, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: |
      count(persons, {disability_subsidy_amount: {gt: 0}, disability_grade: null}) === 0
    level: error
    message: 有未持残疾人证（未填残疾等级）的人员领取了困难残疾人生活补贴
    message_en: ''Someone without a disability certificate (no disability grade) received the living subsidy for disabled persons in hardship''
  - rule: |
      count(persons, {care_subsidy_amount: {gt: 0}, disability_grade: null}) === 0
    level: error
    message: 有未持残疾人证（未填残疾等级）的人员领取了重度残疾人护理补贴
    message_en: ''Someone without a disability certificate (no disability grade) received the nursing subsidy for severely disabled persons''
  - rule: row.living_n <= row.disabled && row.care_n <= row.disabled
    level: error
    message: 补贴享受人数不能多于持证残疾人数
    message_en: ''Subsidy recipients cannot outnumber certified disabled persons''
  - rule: row.both_n <= row.living_n && row.both_n <= row.care_n
    level: error
    message: 同时享受两项补贴的人数不能多于任一项补贴的享受人数
    message_en: ''Persons receiving both subsidies cannot outnumber the recipients of either subsidy''
  - rule: |
      count(persons, {care_subsidy_amount: {gt: 0}, disability_grade: [''三级'', ''四级'']}) === 0
    level: warning
    message: 有三、四级残疾人领取了重度残疾人护理补贴，请核实是否属于本地政策纳入的智力、精神残疾人
    message_en: ''Persons with grade 3 or 4 disabilities received the nursing subsidy for severe disabilities; check whether local policy covers them (intellectual or mental disabilities)''

narrative: 截至{{ period.end }}，{{ unit.name }}共有持证残疾人{{ row.disabled }}人，其中一、二级重度残疾人{{ row.severe }}人。{{ period.display }}发放困难残疾人生活补贴{{ row.living_n }}人{{ row.living_funds }}元，重度残疾人护理补贴{{ row.care_n }}人{{ row.care_funds }}元，两项合计{{ row.total_funds }}元，重度残疾人护理补贴覆盖率{{ row.care_coverage }}%。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (4, 'mz-elderly-allowance-monthly', 'published', 1, '# 报表模板：高龄津贴发放名册与汇总。格式见 docs/templates.md。
# 年龄由公民身份号码推算到期末（period.end），不需填报；每人本月发放的高龄津贴（elderly_allowance_amount）按月填报。
# 汇总表每村一行；发放名册即本月 elderly_allowance_amount 大于 0 的人员名单。
id: mz-elderly-allowance-monthly
version: 1
title: 高龄津贴发放名册与汇总
title_en: Old-age (80+) allowance, monthly
department: 民政
period: monthly
due: P10D
rows: village

columns:
  - id: age_80_89
    title: 80～89周岁
    title_en: Aged 80-89
    unit: 人
    group: 80周岁及以上老年人
    value: |
      count(persons, {age: {gte: 80, lt: 90}})

  - id: age_90_99
    title: 90～99周岁
    title_en: Aged 90-99
    unit: 人
    group: 80周岁及以上老年人
    value: |
      count(persons, {age: {gte: 90, lt: 100}})

  - id: age_100
    title: 100周岁及以上
    title_en: Aged 100 and over
    unit: 人
    group: 80周岁及以上老年人
    value: |
      count(persons, {age: {gte: 100}})

  - id: total
    title: 合计
    title_en: Total aged 80 and over
    unit: 人
    group: 80周岁及以上老年人
    value: row.age_80_89 + row.age_90_99 + row.age_100

  - id: paid
    title: 本月发放人数
    title_en: Recipients this month
    unit: 人
    value: |
      count(persons, {elderly_allowance_amount: {gt: 0}})

  - id: funds
    title: 本月发放金额
    title_en: Paid this month
    unit: 元
    value: sum(persons, ''elderly_allowance_amount'')
    digits: 2

  - id: avg
    title: 人均发放金额
    title_en: Average per recipient
    unit: 元
    value: ratio(row.funds, row.paid, 2)
    rollup: recompute
    digits: 2

  - id: coverage
    title: 发放覆盖率
    title_en: Coverage
    unit: ''%''
    value: percent(row.paid, row.total, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: |
      count(persons, {elderly_allowance_amount: {gt: 0}, age: {lt: 80}}) === 0
    level: error
    message: 有未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到期末）
    message_en: ''Someone under 80 received the old-age allowance (age from the ID number, at the period''''s end)''
  - rule: |
      count(persons, {elderly_allowance_amount: {gt: 0}, age: null}) === 0
    level: error
    message: 有领取高龄津贴的人员身份证号缺失或无效，无法核定年龄
    message_en: ''Someone receiving the old-age allowance has a missing or invalid ID number, so their age cannot be checked''
  - rule: row.paid <= row.total
    level: error
    message: 发放人数不能多于80周岁及以上老年人数
    message_en: ''Recipients cannot outnumber persons aged 80 and over''
  - rule: row.paid >= row.total
    level: warning
    message: 有80周岁及以上老年人本月未发放高龄津贴，请核实是否新满80周岁或待审批
    message_en: ''Someone aged 80 or over was not paid the old-age allowance this month; check whether they just turned 80 or await approval''

narrative: 截至{{ period.end }}，{{ unit.name }}共有80周岁及以上老年人{{ row.total }}人，其中80～89周岁{{ row.age_80_89 }}人、90～99周岁{{ row.age_90_99 }}人、100周岁及以上{{ row.age_100 }}人；{{ period.display }}向{{ row.paid }}人发放高龄津贴{{ row.funds }}元，人均{{ row.avg }}元，覆盖率{{ row.coverage }}%。
excel: layouts/mz-elderly-allowance-monthly.xlsx   # 部门官方版式，由 tools/FormHub.LayoutMaker 生成；占位符见 docs/templates.md §3.1
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (5, 'mz-elderly-allowance-yearly', 'published', 1, '# 报表模板：高龄津贴发放情况年报（民政）。格式见 docs/templates.md。
# 高龄津贴按月填报（elderly_allowance_amount 的 period: monthly），年报不另填：全年金额 = 十二个月之和（sumOfMonths），
# 12月发放人数取最后一个月（lastMonth）。人员取年末仍在册的；年中去世、迁出的人员此前领取的金额不在本表中。
id: mz-elderly-allowance-yearly
version: 1
title: 高龄津贴发放情况年报
title_en: Old-age (80+) allowance, yearly
department: 民政
period: yearly
due: P31D
rows: village

columns:
  - id: total
    title: 年末80周岁及以上老年人数
    title_en: Aged 80 and over at the year''s end
    unit: 人
    value: |
      count(persons, {age: {gte: 80}})

  - id: paid
    title: 全年享受人数
    title_en: Recipients during the year
    unit: 人
    value: count(persons, p => sumOfMonths(p, ''elderly_allowance_amount'') > 0)

  - id: paid_dec
    title: 12月发放人数
    title_en: Recipients in December
    unit: 人
    value: count(persons, p => lastMonth(p, ''elderly_allowance_amount'') > 0)

  - id: funds
    title: 全年发放金额
    title_en: Paid during the year
    unit: 元
    value: sum(persons, p => sumOfMonths(p, ''elderly_allowance_amount''))
    digits: 2

  - id: avg
    title: 人均全年发放金额
    title_en: Average per recipient
    unit: 元
    value: ratio(row.funds, row.paid, 2)
    rollup: recompute
    digits: 2

  - id: coverage
    title: 年末发放覆盖率
    title_en: Coverage in December
    unit: ''%''
    value: percent(row.paid_dec, row.total, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: |
      count(persons, p => sumOfMonths(p, ''elderly_allowance_amount'') > 0 && p.age !== null && p.age < 80) === 0
    level: error
    message: 有年末未满80周岁的人员领取了高龄津贴（年龄按身份证号推算到年末）
    message_en: ''Someone under 80 at the year''''s end received the old-age allowance (age from the ID number, at the year''''s end)''
  - rule: row.paid_dec <= row.total
    level: error
    message: 12月发放人数不能多于80周岁及以上老年人数
    message_en: ''December''''s recipients cannot outnumber persons aged 80 and over''
  - rule: row.paid_dec >= row.total
    level: warning
    message: 有80周岁及以上老年人12月未发放高龄津贴，请核实是否新满80周岁或待审批
    message_en: ''Someone aged 80 or over was not paid the old-age allowance in December; check whether they just turned 80 or await approval''

narrative: "{{ period.display }}，{{ unit.name }}年末共有80周岁及以上老年人{{ row.total }}人；全年向{{ row.paid }}人发放高龄津贴{{ row.funds }}元，人均{{ row.avg }}元；12月发放{{ row.paid_dec }}人，覆盖率{{ row.coverage }}%。"
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (6, 'mz-orphan-monthly', 'published', 1, '# 报表模板：孤儿基本生活费发放月报（含事实无人抚养儿童）。格式见 docs/templates.md。
# 读取人员的 orphan_type（类别）和按月填报的 orphan_allowance_amount；年龄由身份证号推算。
id: mz-orphan-monthly
version: 1
title: 孤儿基本生活费发放月报
title_en: Orphan basic living allowance, monthly
department: 民政
period: monthly
due: P10D
rows: village

columns:
  - id: orphans
    title: 孤儿人数
    title_en: Orphans
    unit: 人
    value: |
      count(persons, {orphan_type: [''集中养育孤儿'', ''社会散居孤儿'']})

  - id: central
    title: 集中养育孤儿
    title_en: In institutions
    unit: 人
    group: 其中
    value: |
      count(persons, {orphan_type: ''集中养育孤儿''})

  - id: scattered
    title: 社会散居孤儿
    title_en: Living with relatives
    unit: 人
    group: 其中
    value: |
      count(persons, {orphan_type: ''社会散居孤儿''})

  - id: de_facto
    title: 事实无人抚养儿童人数
    title_en: De-facto unsupported children
    unit: 人
    value: |
      count(persons, {orphan_type: ''事实无人抚养儿童''})

  - id: paid
    title: 本月发放人数
    title_en: Recipients this month
    unit: 人
    value: |
      count(persons, {orphan_allowance_amount: {gt: 0}})

  - id: funds
    title: 本月发放基本生活费
    title_en: Paid this month
    unit: 元
    value: sum(persons, ''orphan_allowance_amount'')
    digits: 2

  - id: avg
    title: 人均月发放金额
    title_en: Average per recipient
    unit: 元
    value: ratio(row.funds, row.paid, 2)
    rollup: recompute
    digits: 2

checks:
  - rule: row.central + row.scattered === row.orphans
    level: error
    message: 集中养育与社会散居孤儿之和应等于孤儿人数
    message_en: ''Orphans in institutional care and in family care must add up to the number of orphans''
  - rule: |
      count(persons, {orphan_allowance_amount: {gt: 0}, orphan_type: null}) === 0
    level: error
    message: 基本生活费只能发给孤儿和事实无人抚养儿童，有未登记类别的人员领取
    message_en: ''The basic living allowance is only for orphans and de-facto unsupported children; someone without that category received it''
  - rule: row.paid <= row.orphans + row.de_facto
    level: error
    message: 发放人数不能多于孤儿和事实无人抚养儿童人数之和
    message_en: ''Recipients cannot outnumber orphans and de-facto unsupported children together''
  - rule: row.paid >= row.orphans + row.de_facto
    level: warning
    message: 有孤儿或事实无人抚养儿童本月未发放基本生活费，请核实
    message_en: ''An orphan or de-facto unsupported child was not paid the basic living allowance this month; please check''
  - rule: |
      count(persons, {orphan_type: [''集中养育孤儿'', ''社会散居孤儿'', ''事实无人抚养儿童''], age: {gte: 18}}) === 0
    level: warning
    message: 有已满18周岁的人员仍登记为孤儿或事实无人抚养儿童，请核实是否仍在校就读或应退出保障
    message_en: ''Someone aged 18 or over is still registered as an orphan or de-facto unsupported child; check whether they are still in school or should leave the scheme''

narrative: 截至{{ period.end }}，{{ unit.name }}共有孤儿{{ row.orphans }}人（集中养育{{ row.central }}人、社会散居{{ row.scattered }}人），事实无人抚养儿童{{ row.de_facto }}人；{{ period.display }}向{{ row.paid }}人发放基本生活费{{ row.funds }}元，人均{{ row.avg }}元。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (7, 'mz-tekun-monthly', 'published', 1, '# 报表模板：特困人员救助供养月报。格式见 docs/templates.md。
# 读取户的特困供养状态（tekun_status）、特困供养人数（tekun_persons）和本月发放的供养金（tekun_amount，按月填报）。
id: mz-tekun-monthly
version: 1
title: 特困人员救助供养月报
title_en: Extreme-poverty persons support, monthly
department: 民政
period: monthly
due: P10D
rows: village

columns:
  - id: hh
    title: 特困供养户数
    title_en: Supported households
    unit: 户
    value: |
      count(households, {tekun_status: [''集中供养'', ''分散供养'']})

  - id: persons
    title: 特困供养人数
    title_en: Supported persons
    unit: 人
    value: |
      sum(households, ''tekun_persons'', {tekun_status: [''集中供养'', ''分散供养'']})

  - id: central
    title: 集中供养人数
    title_en: In care institutions
    unit: 人
    group: 其中
    value: |
      sum(households, ''tekun_persons'', {tekun_status: ''集中供养''})

  - id: dispersed
    title: 分散供养人数
    title_en: Supported at home
    unit: 人
    group: 其中
    value: |
      sum(households, ''tekun_persons'', {tekun_status: ''分散供养''})

  - id: funds
    title: 本月发放供养金
    title_en: Support paid this month
    unit: 元
    value: sum(households, ''tekun_amount'')
    digits: 2

  - id: avg
    title: 人均月供养金
    title_en: Average per person
    unit: 元
    value: ratio(row.funds, row.persons, 2)
    rollup: recompute
    digits: 2

  - id: central_pct
    title: 集中供养率
    title_en: Share in care institutions
    unit: ''%''
    value: percent(row.central, row.persons, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: row.persons >= row.hh
    level: error
    message: 特困供养人数不能少于特困供养户数
    message_en: ''Persons under extreme-poverty support cannot be fewer than supported households''
  - rule: row.central + row.dispersed === row.persons
    level: error
    message: 集中供养与分散供养人数之和应等于特困供养人数
    message_en: ''Persons in institutional and in home-based support must add up to the persons under extreme-poverty support''
  - rule: |
      count(households, {tekun_status: [''集中供养'', ''分散供养''], tekun_persons: [0, null]}) === 0
    level: error
    message: 有特困供养户未填写特困供养人数（应至少为1人）
    message_en: ''A household under extreme-poverty support has no number of supported persons (at least 1)''
  - rule: |
      count(households, {tekun_amount: {gt: 0}, tekun_status: [''未纳入'', null]}) === 0
    level: warning
    message: 有未纳入特困供养的户本月发放了供养金，请核实是否本月退出
    message_en: ''A household not under extreme-poverty support was paid support this month; check whether it left the scheme this month''
  - rule: |
      count(households, {tekun_status: [''集中供养'', ''分散供养''], dibao_status: ''在保''}) === 0
    level: warning
    message: 有特困供养户同时在保低保，特困人员不应重复享受低保，请核实
    message_en: ''A household under extreme-poverty support also receives dibao, which it should not receive twice; please check''
  - rule: row.persons === 0 || row.funds > 0
    level: warning
    message: 有特困供养人员，但本月未录入供养金发放金额
    message_en: ''There are persons under extreme-poverty support but no support payment was entered this month''

narrative: 截至{{ period.end }}，{{ unit.name }}共有特困供养户{{ row.hh }}户{{ row.persons }}人，其中集中供养{{ row.central }}人、分散供养{{ row.dispersed }}人，集中供养率{{ row.central_pct }}%；{{ period.display }}发放供养金{{ row.funds }}元，人均{{ row.avg }}元。
excel: layouts/mz-tekun-monthly.xlsx   # 部门官方版式，由 tools/FormHub.LayoutMaker 生成；占位符见 docs/templates.md §3.1
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (8, 'ny-collective-yearly', 'published', 1, '# 报表模板：村集体经济组织收益分配年报（农业农村）。格式见 docs/templates.md。
# 总收入、经营收入、总支出、向成员分配金额按年度填报（村情周期性字段，单位万元）；
# 本年收益、分配比例、人均分配由报表算出，户籍人口由人员数据统计。
id: ny-collective-yearly
version: 1
title: 村集体经济组织收益分配年报
title_en: Village collective economy income and distribution, yearly
department: 农业农村
period: yearly
due: P31D
rows: village

columns:
  - id: income
    title: 总收入
    title_en: Total income
    unit: 万元
    value: "village ? village.collective_income : null"
    digits: 2

  - id: operating
    title: 经营收入
    title_en: Operating income
    unit: 万元
    group: 其中
    value: "village ? village.operating_income : null"
    digits: 2

  - id: expenses
    title: 总支出
    title_en: Total expenditure
    unit: 万元
    value: "village ? village.collective_expenses : null"
    digits: 2

  - id: profit
    title: 本年收益
    title_en: Net income this year
    unit: 万元
    value: "row.income === null || row.expenses === null ? null : round(row.income - row.expenses, 2)"
    digits: 2

  - id: distributed
    title: 向成员分配
    title_en: Distributed to members
    unit: 万元
    value: "village ? village.distributed_amount : null"
    digits: 2

  - id: dist_pct
    title: 分配占本年收益比例
    title_en: Distributed share of net income
    unit: ''%''
    value: "row.profit > 0 ? percent(row.distributed, row.profit, 1) : null"
    rollup: recompute
    digits: 1

  - id: persons
    title: 户籍人口
    title_en: Registered population
    unit: 人
    value: count(persons)

  - id: per_capita
    title: 人均分配
    title_en: Distributed per person
    unit: 元
    value: "row.distributed === null ? null : ratio(row.distributed * 10000, row.persons, 2)"
    rollup: recompute
    digits: 2

  - id: weak
    title: 总收入10万元以下的村
    title_en: Villages with income under 100,000 yuan
    unit: 个
    value: "row.income !== null && row.income < 10 ? 1 : 0"

checks:
  - rule: |
      !village || village.operating_income === null || village.collective_income === null || village.operating_income <= village.collective_income
    level: error
    message: 经营收入不能大于总收入
    message_en: ''Operating income cannot exceed total income''
  - rule: row.income !== null && row.expenses !== null
    level: warning
    message: 村集体经济组织总收入或总支出未填报
    message_en: ''The collective economic organisation''''s total income or total expenditure is missing''
  - rule: row.distributed === null || row.profit === null || row.distributed <= row.profit
    level: warning
    message: 向成员分配金额超过本年收益，请核实是否动用了以前年度未分配收益
    message_en: ''Distributions to members exceed this year''''s earnings; check whether undistributed earnings of earlier years were used''
  - rule: row.distributed === null || row.distributed === 0 || row.profit > 0
    level: warning
    message: 本年收益为零或亏损仍向成员分配，请核实
    message_en: ''Members were paid although this year''''s earnings are zero or a loss; please check''

narrative: "{{ period.display }}，{{ unit.name }}村集体经济组织总收入{{ row.income }}万元（其中经营收入{{ row.operating }}万元），总支出{{ row.expenses }}万元，本年收益{{ row.profit }}万元；向成员分配{{ row.distributed }}万元，占本年收益的{{ row.dist_pct }}%，按户籍人口人均{{ row.per_capita }}元。"
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (9, 'tj-labour-quarterly', 'published', 1, '# 报表模板：劳动力就业与外出从业情况季报（统计）。格式见 docs/templates.md。
# 劳动力口径：16～64周岁、具有劳动能力（劳动技能不是“丧失劳动力”“无劳动力”）、不是在校学生。
# 就业状况、是否外出务工、务工地点取季末当天的状态；年龄由身份证号推算到季末。
id: tj-labour-quarterly
version: 1
title: 劳动力就业与外出从业情况季报
title_en: Labour force, employment and migrant work, quarterly
department: 统计
period: quarterly
due: P15D
rows: village

columns:
  - id: labour
    title: 劳动力
    title_en: Labour force
    unit: 人
    value: |
      const workingAge = {age: {gte: 16, lt: 65}, employment_status: {ne: ''在校学生''}};
      count(persons, workingAge) - count(persons, {...workingAge, labor_ability: [''丧失劳动力'', ''无劳动力'']})

  - id: employed
    title: 从业人员
    title_en: Employed (16 and over)
    unit: 人
    value: |
      count(persons, {age: {gte: 16}, employment_status: [''务农'', ''务工'', ''个体经营'', ''公益性岗位'']})

  - id: farming
    title: 务农
    title_en: Farming
    unit: 人
    group: 其中
    value: |
      count(persons, {age: {gte: 16}, employment_status: ''务农''})

  - id: public_jobs
    title: 公益性岗位
    title_en: Public-welfare jobs
    unit: 人
    group: 其中
    value: |
      count(persons, {age: {gte: 16}, employment_status: ''公益性岗位''})

  - id: migrant
    title: 外出从业人员
    title_en: Migrant workers
    unit: 人
    value: |
      count(persons, {migrant_worker: true})

  - id: to_county
    title: 县内乡外
    title_en: In the county, outside the township
    unit: 人
    group: 外出从业地点
    value: |
      count(persons, {migrant_worker: true, work_place: ''县内乡外''})

  - id: to_province
    title: 省内县外
    title_en: In the province, outside the county
    unit: 人
    group: 外出从业地点
    value: |
      count(persons, {migrant_worker: true, work_place: ''省内县外''})

  - id: out_province
    title: 省外
    title_en: Outside the province
    unit: 人
    group: 外出从业地点
    value: |
      count(persons, {migrant_worker: true, work_place: ''省外''})

  - id: unemployed
    title: 失业人员
    title_en: Unemployed
    unit: 人
    value: |
      count(persons, {age: {gte: 16}, employment_status: ''失业''})

  - id: migrant_pct
    title: 外出从业人员占劳动力比重
    title_en: Migrant workers in the labour force
    unit: ''%''
    value: percent(row.migrant, row.labour, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: row.farming + row.public_jobs <= row.employed
    level: error
    message: 务农、公益性岗位人数之和不能多于从业人员
    message_en: ''Farming and public-welfare jobs together cannot exceed the employed''
  - rule: row.to_county + row.to_province + row.out_province <= row.migrant
    level: error
    message: 分地点的外出从业人数之和不能多于外出从业人员
    message_en: ''Migrant workers by destination cannot add up to more than all migrant workers''
  - rule: |
      count(persons, {migrant_worker: true, work_place: null}) === 0
    level: warning
    message: 有外出务工人员未填写务工地点
    message_en: ''A migrant worker has no place of work''
  - rule: |
      count(persons, {migrant_worker: true, age: {lt: 16}}) === 0
    level: warning
    message: 有未满16周岁的人员登记为外出务工，请核实
    message_en: ''Someone under 16 is registered as a migrant worker; please check''
  - rule: row.migrant <= row.labour
    level: warning
    message: 外出从业人员多于劳动力，请核实外出人员的年龄和劳动能力
    message_en: ''Migrant workers outnumber the labour force; check their ages and labour ability''

narrative: 截至{{ period.end }}，{{ unit.name }}共有劳动力{{ row.labour }}人，从业人员{{ row.employed }}人（其中务农{{ row.farming }}人、公益性岗位{{ row.public_jobs }}人），失业{{ row.unemployed }}人；外出从业{{ row.migrant }}人，占劳动力的{{ row.migrant_pct }}%，其中县内乡外{{ row.to_county }}人、省内县外{{ row.to_province }}人、省外{{ row.out_province }}人。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (10, 'tj-village-basic-yearly', 'published', 1, '# 报表模板：农村住户所在村基本情况年报（统计）。格式见 docs/templates.md。
# 户数、户籍人口、劳动力由户和人员数据统计得出（一数一源，不填报）；面积、村民小组等取村情字段。
# 劳动力口径：16～64周岁、具有劳动能力（劳动技能不是“丧失劳动力”“无劳动力”）、不是在校学生。
id: tj-village-basic-yearly
version: 1
title: 农村住户所在村基本情况年报
title_en: Basic facts of the village, yearly
department: 统计
period: yearly
due: P31D
rows: village

columns:
  - id: households
    title: 户数
    title_en: Households
    unit: 户
    value: count(households)

  - id: persons
    title: 户籍人口
    title_en: Registered population
    unit: 人
    value: count(persons)

  - id: labour
    title: 劳动力
    title_en: Labour force
    unit: 人
    value: |
      count(persons, {age: {gte: 16, lt: 65}, employment_status: {ne: ''在校学生''}})
        - count(persons, {age: {gte: 16, lt: 65}, employment_status: {ne: ''在校学生''}, labor_ability: [''丧失劳动力'', ''无劳动力'']})

  - id: migrant
    title: 外出务工人数
    title_en: Migrant workers
    unit: 人
    group: 其中
    value: |
      count(persons, {migrant_worker: true})

  - id: groups
    title: 村民小组
    title_en: Villager groups
    unit: 个
    value: "village ? village.villager_groups : null"

  - id: area
    title: 行政区域面积
    title_en: Area
    unit: 亩
    value: "village ? village.area_mu : null"
    digits: 2

  - id: cultivated
    title: 耕地面积
    title_en: Cultivated land
    unit: 亩
    value: "village ? village.cultivated_land_mu : null"
    digits: 2

  - id: per_hh
    title: 户均人口
    title_en: Persons per household
    unit: 人
    value: ratio(row.persons, row.households, 2)
    rollup: recompute
    digits: 2

  - id: land_per_capita
    title: 人均耕地面积
    title_en: Cultivated land per person
    unit: 亩
    value: ratio(row.cultivated, row.persons, 2)
    rollup: recompute
    digits: 2

checks:
  - rule: row.persons >= row.households
    level: error
    message: 户籍人口不能少于户数（每户至少有1名成员）
    message_en: ''The registered population cannot be smaller than the number of households (each has at least one member)''
  - rule: row.labour <= row.persons
    level: error
    message: 劳动力不能多于户籍人口
    message_en: ''The labour force cannot exceed the registered population''
  - rule: |
      !village || village.cultivated_land_mu === null || village.area_mu === null || village.cultivated_land_mu <= village.area_mu
    level: error
    message: 耕地面积不能大于行政区域面积
    message_en: ''Cultivated land cannot exceed the administrative area''
  - rule: row.area !== null && row.cultivated !== null
    level: warning
    message: 村情中的行政区域面积或耕地面积未填报
    message_en: ''The village facts lack the administrative area or the cultivated land''
  - rule: row.migrant <= row.labour
    level: warning
    message: 外出务工人数多于劳动力，请核实外出务工人员的年龄和劳动能力
    message_en: ''Migrant workers outnumber the labour force; check their ages and labour ability''

narrative: 截至{{ period.end }}，{{ unit.name }}共有{{ row.households }}户、户籍人口{{ row.persons }}人，户均{{ row.per_hh }}人；劳动力{{ row.labour }}人，其中外出务工{{ row.migrant }}人。行政区域面积{{ row.area }}亩，耕地{{ row.cultivated }}亩，人均耕地{{ row.land_per_capita }}亩。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (11, 'wj-elderly-health-quarterly', 'published', 1, '# 报表模板：65岁及以上老年人健康管理季报（国家基本公共卫生服务）。格式见 docs/templates.md。
# 年龄由身份证号推算到季末；健康管理、家庭医生签约、慢性病、自理能力取季末当天的状态。
id: wj-elderly-health-quarterly
version: 1
title: 65岁及以上老年人健康管理季报
title_en: Health management of people aged 65 and over, quarterly
department: 卫健
period: quarterly
due: P15D
rows: village

columns:
  - id: elderly
    title: 65岁及以上老年人数
    title_en: Aged 65 and over
    unit: 人
    value: |
      count(persons, {age: {gte: 65}})

  - id: age_80
    title: 80岁及以上
    title_en: Aged 80 and over
    unit: 人
    group: 其中
    value: |
      count(persons, {age: {gte: 80}})

  - id: disabled
    title: 失能及部分失能
    title_en: Fully or partly dependent
    unit: 人
    group: 其中
    value: |
      count(persons, {age: {gte: 65}, self_care_ability: [''部分失能'', ''完全失能'']})

  - id: managed
    title: 纳入健康管理人数
    title_en: Under health management
    unit: 人
    value: |
      count(persons, {age: {gte: 65}, health_managed: true})

  - id: managed_pct
    title: 健康管理率
    title_en: Health management rate
    unit: ''%''
    value: percent(row.managed, row.elderly, 1)
    rollup: recompute
    digits: 1

  - id: signed
    title: 签约家庭医生人数
    title_en: Signed with a family doctor
    unit: 人
    value: |
      count(persons, {age: {gte: 65}, family_doctor_signed: true})

  - id: signed_pct
    title: 家庭医生签约率
    title_en: Family doctor signing rate
    unit: ''%''
    value: percent(row.signed, row.elderly, 1)
    rollup: recompute
    digits: 1

  - id: chronic
    title: 患慢性病人数
    title_en: With a chronic disease
    unit: 人
    value: |
      count(persons, {age: {gte: 65}, chronic_disease: true})

  - id: chronic_managed
    title: 慢性病患者纳入管理人数
    title_en: Chronic patients under management
    unit: 人
    value: |
      count(persons, {age: {gte: 65}, chronic_disease: true, health_managed: true})

checks:
  - rule: row.age_80 <= row.elderly && row.disabled <= row.elderly
    level: error
    message: 80岁及以上、失能老年人数不能多于65岁及以上老年人数
    message_en: ''Persons aged 80+ or disabled elderly cannot outnumber persons aged 65 and over''
  - rule: row.managed <= row.elderly && row.signed <= row.elderly && row.chronic <= row.elderly
    level: error
    message: 健康管理、签约、慢性病人数不能多于65岁及以上老年人数
    message_en: ''Persons under health management, signed with a doctor or with a chronic disease cannot outnumber persons aged 65 and over''
  - rule: row.chronic_managed <= row.chronic && row.chronic_managed <= row.managed
    level: error
    message: 慢性病患者纳入管理人数不能多于患慢性病人数或纳入健康管理人数
    message_en: ''Chronic patients under management cannot outnumber chronic patients or persons under health management''
  - rule: row.elderly === 0 || row.managed_pct >= 70
    level: warning
    message: 65岁及以上老年人健康管理率低于70%，请核实是否有已体检未登记的老人
    message_en: ''Under 70% of persons aged 65+ are under health management; check for examined elderly not yet registered''
  - rule: row.chronic_managed >= row.chronic
    level: warning
    message: 有患慢性病的老年人尚未纳入健康管理
    message_en: ''An elderly person with a chronic disease is not yet under health management''

narrative: 截至{{ period.end }}，{{ unit.name }}有65岁及以上老年人{{ row.elderly }}人（其中80岁及以上{{ row.age_80 }}人、失能及部分失能{{ row.disabled }}人），已纳入健康管理{{ row.managed }}人，健康管理率{{ row.managed_pct }}%；签约家庭医生{{ row.signed }}人，签约率{{ row.signed_pct }}%；患慢性病{{ row.chronic }}人，已纳入管理{{ row.chronic_managed }}人。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (12, 'xczx-monitoring-monthly', 'published', 1, '# 报表模板：防止返贫监测对象月报（乡村振兴）。格式见 docs/templates.md。
# 户的监测标识、类型、风险类型、纳入监测时间和风险消除时间取月末当天的状态；
# 监测对象人数是这些户在册成员的人数（由人员数据统计，不填报）。
id: xczx-monitoring-monthly
version: 1
title: 防止返贫监测对象月报
title_en: Households monitored against relapse into poverty, monthly
department: 乡村振兴
period: monthly
due: P5D
rows: village

columns:
  - id: hh
    title: 监测对象户数
    title_en: Monitored households
    unit: 户
    value: |
      count(households, {monitoring_object: true})

  - id: persons
    title: 监测对象人数
    title_en: Persons in monitored households
    unit: 人
    value: |
      count(persons, {household: where(households, {monitoring_object: true}).map(h => h.id)})

  - id: unstable
    title: 脱贫不稳定户
    title_en: Unstable formerly poor
    unit: 户
    group: 按监测类型
    value: |
      count(households, {monitoring_object: true, monitoring_type: ''脱贫不稳定户''})

  - id: marginal
    title: 边缘易致贫户
    title_en: Marginal, prone to poverty
    unit: 户
    group: 按监测类型
    value: |
      count(households, {monitoring_object: true, monitoring_type: ''边缘易致贫户''})

  - id: sudden
    title: 突发严重困难户
    title_en: Sudden severe hardship
    unit: 户
    group: 按监测类型
    value: |
      count(households, {monitoring_object: true, monitoring_type: ''突发严重困难户''})

  - id: new_hh
    title: 本月新识别户数
    title_en: Newly identified this month
    unit: 户
    value: |
      count(households, {monitoring_object: true, monitoring_date: {gte: period.start, lte: period.end}})

  - id: eliminated
    title: 已消除风险户数
    title_en: Risk eliminated
    unit: 户
    value: |
      count(households, {monitoring_object: true, risk_eliminated_date: {lte: period.end}})

  - id: at_risk
    title: 未消除风险户数
    title_en: Risk not yet eliminated
    unit: 户
    value: row.hh - row.eliminated

  - id: eliminated_pct
    title: 风险消除率
    title_en: Share with risk eliminated
    unit: ''%''
    value: percent(row.eliminated, row.hh, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: row.persons >= row.hh
    level: error
    message: 监测对象人数不能少于户数（每户至少有1名在册成员）
    message_en: ''Persons under monitoring cannot be fewer than households (each has at least one registered member)''
  - rule: row.unstable + row.marginal + row.sudden <= row.hh && row.new_hh <= row.hh && row.eliminated <= row.hh
    level: error
    message: 分类型户数、新识别户数、已消除风险户数都不能多于监测对象户数
    message_en: ''Households by type, newly identified and with risk eliminated cannot each exceed the households under monitoring''
  - rule: |
      count(households, {monitoring_object: true, monitoring_type: null}) === 0
    level: error
    message: 有监测对象户未填写监测类型
    message_en: ''A household under monitoring has no monitoring type''
  - rule: |
      count(households, {monitoring_object: true, risk_type: null}) === 0
    level: warning
    message: 有监测对象户未填写主要风险类型
    message_en: ''A household under monitoring has no main risk type''
  - rule: |
      count(where(households, {monitoring_object: true}),
        ({risk_eliminated_date: eliminated, monitoring_date: since}) => eliminated !== null && since !== null && eliminated < since) === 0
    level: warning
    message: 有监测对象户的风险消除时间早于纳入监测时间，请核实
    message_en: ''A monitored household''''s risk was eliminated before it was taken under monitoring; please check''

narrative: 截至{{ period.end }}，{{ unit.name }}共有防止返贫监测对象{{ row.hh }}户{{ row.persons }}人，其中脱贫不稳定户{{ row.unstable }}户、边缘易致贫户{{ row.marginal }}户、突发严重困难户{{ row.sudden }}户；{{ period.display }}新识别{{ row.new_hh }}户；已消除风险{{ row.eliminated }}户，风险消除率{{ row.eliminated_pct }}%，尚有{{ row.at_risk }}户未消除风险。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (13, 'yj-hazard-monthly', 'published', 1, '# 报表模板：安全隐患排查整治月报（应急管理）。格式见 docs/templates.md。
# 本月发现、重大隐患、本月整改按月填报（村情周期性字段，没有隐患填 0）；
# 本年累计数用 prev() 接上月的累计数，1 月从零开始。
id: yj-hazard-monthly
version: 1
title: 安全隐患排查整治月报
title_en: Safety hazard inspection and rectification, monthly
department: 应急管理
period: monthly
due: P5D
rows: village

columns:
  - id: found
    title: 本月排查发现隐患
    title_en: Found this month
    unit: 处
    value: "village ? village.hazards_found : null"

  - id: major
    title: 重大隐患
    title_en: Major hazards
    unit: 处
    group: 其中
    value: "village ? village.major_hazards : null"

  - id: fixed
    title: 本月整改完成
    title_en: Fixed this month
    unit: 处
    value: "village ? village.hazards_fixed : null"

  - id: ytd_found
    title: 本年累计发现
    title_en: Found this year
    unit: 处
    value: "(period.month === 1 ? 0 : prev(''ytd_found'') || 0) + (row.found || 0)"

  - id: ytd_fixed
    title: 本年累计整改
    title_en: Fixed this year
    unit: 处
    value: "(period.month === 1 ? 0 : prev(''ytd_fixed'') || 0) + (row.fixed || 0)"

  - id: pending
    title: 尚未整改
    title_en: Not yet fixed
    unit: 处
    value: Math.max(0, row.ytd_found - row.ytd_fixed)

  - id: ytd_fix_pct
    title: 本年隐患整改率
    title_en: Share fixed this year
    unit: ''%''
    value: percent(row.ytd_fixed, row.ytd_found, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: (row.major || 0) <= (row.found || 0)
    level: error
    message: 重大隐患数不能多于本月排查发现的隐患数
    message_en: ''Major hazards cannot outnumber the hazards found this month''
  - rule: row.found !== null && row.fixed !== null
    level: warning
    message: 本月隐患排查或整改数未填报（没有隐患请填0）
    message_en: ''This month''''s hazards found or fixed are missing (enter 0 when there are none)''
  - rule: row.ytd_fixed <= row.ytd_found
    level: warning
    message: 本年累计整改数多于累计发现数，请核实是否整改了上年遗留隐患
    message_en: ''Hazards fixed this year exceed those found; check whether last year''''s hazards were fixed''
  - rule: (row.major || 0) === 0 || row.fixed > 0
    level: warning
    message: 本月发现重大隐患但没有整改完成任何隐患，请督促限期整改
    message_en: ''Major hazards were found this month but none was fixed; urge fixing them by a deadline''

narrative: "{{ period.display }}，{{ unit.name }}排查发现安全隐患{{ row.found }}处（其中重大隐患{{ row.major }}处），整改完成{{ row.fixed }}处；本年累计发现{{ row.ytd_found }}处、整改{{ row.ytd_fixed }}处，整改率{{ row.ytd_fix_pct }}%，尚有{{ row.pending }}处未整改。"
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');
INSERT INTO formhub.template_log VALUES (14, 'zz-party-yearly', 'published', 1, '# 报表模板：村党组织和党员情况年报（组织）。格式见 docs/templates.md。
# 党员人数、性别、年龄结构、学历都由人员数据统计（性别、年龄由身份证号推算到年末），不填报；
# 党组织类型取村情字段 party_branch_type。
id: zz-party-yearly
version: 1
title: 村党组织和党员情况年报
title_en: Village Party organization and members, yearly
department: 组织
period: yearly
due: P31D
rows: village

columns:
  - id: branch_type
    title: 党组织类型
    title_en: Party organization type
    value: "village ? village.party_branch_type : null"
    rollup: none

  - id: members
    title: 党员总数
    title_en: Party members
    unit: 人
    value: |
      count(persons, {party_member: true})

  - id: female
    title: 女党员
    title_en: Women
    unit: 人
    group: 其中
    value: |
      count(persons, {party_member: true, gender: ''女''})

  - id: new_members
    title: 本年发展党员
    title_en: Admitted this year
    unit: 人
    group: 其中
    value: |
      count(persons, {party_member: true, party_join_date: {gte: period.start, lte: period.end}})

  - id: age_35
    title: 35岁及以下
    title_en: Aged 35 and under
    unit: 人
    group: 按年龄
    value: |
      count(persons, {party_member: true, age: {lte: 35}})

  - id: age_36_60
    title: 36～60岁
    title_en: Aged 36-60
    unit: 人
    group: 按年龄
    value: |
      count(persons, {party_member: true, age: {gte: 36, lte: 60}})

  - id: age_61
    title: 61岁及以上
    title_en: Aged 61 and over
    unit: 人
    group: 按年龄
    value: |
      count(persons, {party_member: true, age: {gte: 61}})

  - id: college
    title: 大专及以上学历
    title_en: College education or above
    unit: 人
    value: |
      count(persons, {party_member: true, education: [''大专'', ''本科及以上'']})

  - id: mobile
    title: 流动党员（外出务工）
    title_en: Mobile members (migrant workers)
    unit: 人
    value: |
      count(persons, {party_member: true, migrant_worker: true})

  - id: female_pct
    title: 女党员占比
    title_en: Share of women
    unit: ''%''
    value: percent(row.female, row.members, 1)
    rollup: recompute
    digits: 1

checks:
  - rule: row.age_35 + row.age_36_60 + row.age_61 <= row.members
    level: error
    message: 各年龄段党员之和不能多于党员总数
    message_en: ''Party members by age group cannot add up to more than all members''
  - rule: row.female <= row.members && row.new_members <= row.members && row.college <= row.members && row.mobile <= row.members
    level: error
    message: 女党员、本年发展党员、大专及以上、流动党员人数都不能多于党员总数
    message_en: ''Women members, new members this year, members with college education and mobile members cannot each exceed all members''
  - rule: |
      count(persons, {party_member: true, age: {lt: 18}}) === 0
    level: error
    message: 有未满18周岁的人员登记为党员（按身份证号推算年龄）
    message_en: ''Someone under 18 is registered as a party member (age from the ID number)''
  - rule: unit.level !== ''village'' || row.branch_type !== null
    level: warning
    message: 村情中未填写村党组织类型
    message_en: ''The village facts lack the type of the village party organisation''
  - rule: unit.level !== ''village'' || row.members >= 3 || row.branch_type === ''联合党支部''
    level: warning
    message: 正式党员不足3人，按规定应与邻近村联合成立党支部
    message_en: ''Fewer than 3 full members: the rules require a joint branch with a neighbouring village''
  - rule: row.branch_type !== ''党委'' || row.members >= 100
    level: warning
    message: 党员不足100人却设立党委，请核实党组织类型
    message_en: ''A party committee with fewer than 100 members; please check the organisation type''

narrative: 截至{{ period.end }}，{{ unit.name }}共有党员{{ row.members }}名，其中女党员{{ row.female }}名（占{{ row.female_pct }}%），{{ period.display }}发展党员{{ row.new_members }}名；35岁及以下{{ row.age_35 }}名、36～60岁{{ row.age_36_60 }}名、61岁及以上{{ row.age_61 }}名，大专及以上学历{{ row.college }}名，外出务工的流动党员{{ row.mobile }}名。
', NULL, 'cli（root）', '2026-12-05T03:02:39.3415913+00:00', '初始导入 form-templates');


--
-- Data for Name: village_chains; Type: TABLE DATA; Schema: formhub; Owner: -
--

INSERT INTO formhub.village_chains VALUES ('360835000000', '360835100001', 106, 'c949fb774fd84464d461b2b9c801c44da12ced0f8a802325d7232bd985c0b438', 'k1.89542a', '582b67f24ee9864d1e92824291b0863609ca732f3aa3f1b9ae51ef49ff3790e1');
INSERT INTO formhub.village_chains VALUES ('360835000000', '360835100200', 115, 'b47ccf90406d71c01b105ac131b79e4437cfbc7b3693eddbf9047501dd288d21', 'k1.89542a', '34590b542c619e3626667f875fccf704f97668daba982b93f830f769c2ed0147');


--
-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: formhub; Owner: -
--



--
-- Name: audit_log_seq_seq; Type: SEQUENCE SET; Schema: formhub; Owner: -
--

SELECT pg_catalog.setval('formhub.audit_log_seq_seq', 4, true);


--
-- Name: events_seq_seq; Type: SEQUENCE SET; Schema: formhub; Owner: -
--

SELECT pg_catalog.setval('formhub.events_seq_seq', 221, true);


--
-- Name: notifications_id_seq; Type: SEQUENCE SET; Schema: formhub; Owner: -
--

SELECT pg_catalog.setval('formhub.notifications_id_seq', 1, false);


--
-- Name: webhook_deliveries_id_seq; Type: SEQUENCE SET; Schema: formhub; Owner: -
--

SELECT pg_catalog.setval('formhub.webhook_deliveries_id_seq', 1, false);


--
-- Name: account_status account_status_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.account_status
    ADD CONSTRAINT account_status_pkey PRIMARY KEY (user_name);


--
-- Name: accounts accounts_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.accounts
    ADD CONSTRAINT accounts_pkey PRIMARY KEY (user_name);


--
-- Name: api_clients api_clients_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.api_clients
    ADD CONSTRAINT api_clients_pkey PRIMARY KEY (id);


--
-- Name: api_clients api_clients_token_hash_key; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.api_clients
    ADD CONSTRAINT api_clients_token_hash_key UNIQUE (token_hash);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (seq);


--
-- Name: catalog_versions catalog_versions_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.catalog_versions
    ADD CONSTRAINT catalog_versions_pkey PRIMARY KEY (version);


--
-- Name: eligibility_outcomes eligibility_outcomes_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.eligibility_outcomes
    ADD CONSTRAINT eligibility_outcomes_pkey PRIMARY KEY (county_code, rule_id, entity_id);


--
-- Name: entities entities_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.entities
    ADD CONSTRAINT entities_pkey PRIMARY KEY (county_code, id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (county_code, seq);


--
-- Name: feed_cursors feed_cursors_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.feed_cursors
    ADD CONSTRAINT feed_cursors_pkey PRIMARY KEY (name);


--
-- Name: findings findings_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.findings
    ADD CONSTRAINT findings_pkey PRIMARY KEY (county_code, id);


--
-- Name: identity_numbers identity_numbers_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.identity_numbers
    ADD CONSTRAINT identity_numbers_pkey PRIMARY KEY (id_number, entity_id);


--
-- Name: import_profiles import_profiles_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.import_profiles
    ADD CONSTRAINT import_profiles_pkey PRIMARY KEY (name);


--
-- Name: layouts layouts_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.layouts
    ADD CONSTRAINT layouts_pkey PRIMARY KEY (template_id);


--
-- Name: leases leases_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.leases
    ADD CONSTRAINT leases_pkey PRIMARY KEY (name);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: periodic_values periodic_values_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.periodic_values
    ADD CONSTRAINT periodic_values_pkey PRIMARY KEY (county_code, entity_id, field, period);


--
-- Name: protection_keys protection_keys_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.protection_keys
    ADD CONSTRAINT protection_keys_pkey PRIMARY KEY (name);


--
-- Name: quarantined_changes quarantined_changes_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.quarantined_changes
    ADD CONSTRAINT quarantined_changes_pkey PRIMARY KEY (tx, seq);


--
-- Name: regions regions_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.regions
    ADD CONSTRAINT regions_pkey PRIMARY KEY (code);


--
-- Name: report_rows report_rows_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.report_rows
    ADD CONSTRAINT report_rows_pkey PRIMARY KEY (county_code, template_id, version, period, unit_code);


--
-- Name: submissions submissions_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.submissions
    ADD CONSTRAINT submissions_pkey PRIMARY KEY (county_code, village_code, period);


--
-- Name: subscription_states subscription_states_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.subscription_states
    ADD CONSTRAINT subscription_states_pkey PRIMARY KEY (subscription_id, period);


--
-- Name: subscriptions subscriptions_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.subscriptions
    ADD CONSTRAINT subscriptions_pkey PRIMARY KEY (id);


--
-- Name: template_admissions template_admissions_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.template_admissions
    ADD CONSTRAINT template_admissions_pkey PRIMARY KEY (seq);


--
-- Name: template_log template_log_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.template_log
    ADD CONSTRAINT template_log_pkey PRIMARY KEY (seq);


--
-- Name: village_chains village_chains_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.village_chains
    ADD CONSTRAINT village_chains_pkey PRIMARY KEY (county_code, village_code);


--
-- Name: webhook_deliveries webhook_deliveries_pkey; Type: CONSTRAINT; Schema: formhub; Owner: -
--

ALTER TABLE ONLY formhub.webhook_deliveries
    ADD CONSTRAINT webhook_deliveries_pkey PRIMARY KEY (id);


--
-- Name: ix_audit_unit; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_audit_unit ON formhub.audit_log USING btree (unit_code, seq);


--
-- Name: ix_deliveries_due; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_deliveries_due ON formhub.webhook_deliveries USING btree (status, next_attempt_at);


--
-- Name: ix_deliveries_subscription; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_deliveries_subscription ON formhub.webhook_deliveries USING btree (subscription_id, id);


--
-- Name: ix_entities_data; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_entities_data ON formhub.entities USING gin (data jsonb_path_ops);


--
-- Name: ix_entities_id; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_entities_id ON formhub.entities USING btree (id);


--
-- Name: ix_entities_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_entities_village ON formhub.entities USING btree (village_code, entity_type, id);


--
-- Name: ix_events_asof; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_events_asof ON formhub.events USING btree (village_code, entity_type, valid_from);


--
-- Name: ix_events_entity; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_events_entity ON formhub.events USING btree (entity_id, seq);


--
-- Name: ix_events_feed; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_events_feed ON formhub.events USING btree (tx, seq);


--
-- Name: ix_events_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_events_village ON formhub.events USING btree (village_code, village_seq);


--
-- Name: ix_findings_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_findings_village ON formhub.findings USING btree (village_code, period, rule_id);


--
-- Name: ix_identity_entity; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_identity_entity ON formhub.identity_numbers USING btree (entity_id);


--
-- Name: ix_identity_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_identity_village ON formhub.identity_numbers USING btree (village_code);


--
-- Name: ix_notifications_user; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_notifications_user ON formhub.notifications USING btree (user_name, id);


--
-- Name: ix_outcomes_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_outcomes_village ON formhub.eligibility_outcomes USING btree (village_code);


--
-- Name: ix_periodic_village; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_periodic_village ON formhub.periodic_values USING btree (village_code, period);


--
-- Name: ix_report_rows_unit; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_report_rows_unit ON formhub.report_rows USING btree (template_id, version, unit_code, period);


--
-- Name: ix_submissions_period; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_submissions_period ON formhub.submissions USING btree (period, village_code);


--
-- Name: ix_subscriptions_user; Type: INDEX; Schema: formhub; Owner: -
--

CREATE INDEX ix_subscriptions_user ON formhub.subscriptions USING btree (user_name);


--
-- Name: ux_findings_open; Type: INDEX; Schema: formhub; Owner: -
--

CREATE UNIQUE INDEX ux_findings_open ON formhub.findings USING btree (county_code, rule_id, entity_id, period) WHERE (resolved_at IS NULL);


--
-- Name: ux_template_versions; Type: INDEX; Schema: formhub; Owner: -
--

CREATE UNIQUE INDEX ux_template_versions ON formhub.template_log USING btree (template_id, version) WHERE (kind = 'published'::text);


--
-- PostgreSQL database dump complete
--


