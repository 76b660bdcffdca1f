"""One event per happening: mentions of the same happening in one article are merged into an event."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from frontwire.extract.times import anchor_duration, since_anchor, to_timespan
from frontwire.geo.rank import haversine_km
from frontwire.models import ActorRef, Attribution, Event, Figure, Place, Span, Status, TimeSpan

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from frontwire.extract.lexicon import Lexicon
    from frontwire.extract.mentions import Mention

REALIZED = frozenset({"occurred", "ongoing", "historical"})
UNREALIZED = frozenset({"planned", "possible"})
ROLE_ORDER = {"body": 0, "headline": 1, "standfirst": 2, "caption": 3}
ROLE_WEIGHT = {"headline": 3.0, "standfirst": 2.0, "caption": 1.0, "body": 0.0}
MERGE_KM = {1: 10.0, 2: 25.0, 3: 60.0}
RESTATING = frozenset({"headline", "standfirst", "caption"})
RESTATING_KM = 60.0
HISTORICAL_DAYS = 60


@dataclass(slots=True)
class Cluster:
    """Mentions gathered for one event while merging."""

    mentions: list[Mention] = field(default_factory=list)
    absorbed: list[Mention] = field(default_factory=list)

    family_name: str = ""
    lead: bool = False  # told in the article's first event sentence
    backdrop: bool = False  # told only as what led to another event of its sentences (see _told_as_backdrop)
    dated_by: bool = False  # every body mention names it only to date another deed ('following the killing')

    @property
    def every(self) -> list[Mention]:
        """Its own mentions and the bare ones it absorbed, in text order."""
        return sorted(self.mentions + self.absorbed, key=lambda m: m.order)


def status_class(status: Status) -> str:
    """Realized, unrealized or denied: mentions of different classes never merge."""
    if status in REALIZED:
        return "realized"
    return "unrealized" if status in UNREALIZED else "denied"


def _places_agree(a: Mention, b: Mention) -> bool:
    if not (a.place_explicit and b.place_explicit) or a.place is None or b.place is None:
        return True
    pa, pb = a.place, b.place
    if pa.entry is None or pb.entry is None or pa.lat is None or pb.lat is None:
        return True
    if pa.entry.geonameid == pb.entry.geonameid:
        return True
    if _contains(pa, pb) or _contains(pb, pa):
        return True
    limit = MERGE_KM[max(pa.geo_precision, pb.geo_precision)]
    restating = a.role in RESTATING or b.role in RESTATING
    if pa.geo_precision == pb.geo_precision == 1 and not restating:
        return False
    if restating:
        limit, same_admin = RESTATING_KM, (pa.entry.admin1 or "").lower() == (pb.entry.admin1 or "").lower()
        if same_admin and pa.entry.country == pb.entry.country:
            return True
    return haversine_km(pa.lat, pa.lon or 0.0, pb.lat, pb.lon or 0.0) <= limit


def _contains(outer: Place, inner: Place) -> bool:
    """An admin unit or country contains the places in it."""
    o, i = outer.entry, inner.entry
    if o is None or i is None or o.country != i.country:
        return False
    if o.feature.startswith("PCL"):
        return True
    # A province and its capital often share a name ("Idlib"): either may stand for the province.
    return (o.feature == "ADM1" or o.feature.startswith("PPLA")) and (i.admin1 or "").lower() == o.name.lower()


def _times_agree(a: Mention, b: Mention) -> bool:
    if a.time is None or b.time is None or a.time.start is None or b.time.start is None:
        return True
    a_end, b_end = a.time.end or a.time.start, b.time.end or b.time.start
    slack = timedelta(days=1)
    return a.time.start <= b_end + slack and b.time.start <= a_end + slack


def compatible(cluster: Cluster, mention: Mention, lexicon: Lexicon) -> bool:
    """Whether the mention can describe the same happening as every mention in the cluster."""
    family = lexicon.kind(mention.kind).family
    for other in cluster.mentions:
        if lexicon.kind(other.kind).family != family or status_class(other.status) != status_class(mention.status):
            return False
        if not (_places_agree(other, mention) and _times_agree(other, mention)):
            return False
    return True


# refine=7: a word of violence in general ('post-election violence', 'ethnic violence').
GENERAL = 7


def _without_general(mentions: Sequence[Mention]) -> list[Mention]:
    """Violence named only in general is an event only when the text tells of nothing more specific; then
    the most qualified naming ('ethnic violence') stands for a bare 'violence' told beside it."""
    told = [m for m in mentions if m.refine != GENERAL]
    if told or not mentions:
        return told
    widest = max(len(m.trigger.text.split()) for m in mentions)
    return [m for m in mentions if len(m.trigger.text.split()) == widest]


def cluster_mentions(mentions: Sequence[Mention], lexicon: Lexicon) -> list[Cluster]:
    """Body mentions in text order, then headline, standfirst and caption restatements."""
    clusters: list[Cluster] = []
    mentions = _without_general(mentions)
    for mention in sorted(mentions, key=lambda m: (ROLE_ORDER.get(m.role, 0), m.order)):
        if mention.role in RESTATING:
            match = _best_restated([c for c in clusters if compatible(c, mention, lexicon)], mention)
        else:
            match = next((c for c in reversed(clusters) if compatible(c, mention, lexicon)), None)
        host = None
        if match is None and _absorbable(mention):
            host = next((c for c in reversed(clusters) if _can_absorb(c, mention, lexicon)), None)
        elif match is None and mention.toll:
            # 'A fourth passenger was wounded in Sinjar': the wounded of the strike told before, at its place.
            host = next((c for c in reversed(clusters)
                         if _can_absorb(c, mention, lexicon) and _places_agree(c.mentions[0], mention)), None)
        if host is not None:
            host.absorbed.append(mention)
        elif match is not None:
            match.mentions.append(mention)
        elif not (mention.role in RESTATING and mention.refine == 1):
            clusters.append(Cluster([mention], family_name=lexicon.kind(mention.kind).family))
    clusters = _absorb_accompanying(clusters)
    clusters = _absorb_crowd_fights(clusters)
    clusters = _absorb_settings(clusters)
    clusters = _absorb_concurrent(clusters)
    clusters = _absorb_replies(clusters)
    clusters = _absorb_abduction_attacks(clusters)
    clusters = _absorb_arrest_fates(clusters)
    opening = _opening_sentence(clusters) if not any(_named_violence(c) for c in clusters) else None
    specific = [c for c in clusters if _specific(c) or _hosts_arrest(c) or _opening_riot(c, opening)]
    specific += [c for c in clusters if c not in specific and _riot_beside_arrests(c, specific)]
    if _only_unrealized_specific(specific, clusters):
        specific = []
    return _mark_lead(_absorb_riot_tolls(specific, opening) or clusters)


def _mark_lead(clusters: list[Cluster]) -> list[Cluster]:
    """Mark the events told as happening in the first body sentence that tells any: news and notes open with
    the event (a plan or a fear told first does not lead for that, nor the backdrop of another event)."""
    body = [m for c in clusters for m in c.mentions if m.role == "body"]
    for cluster in clusters:
        cluster.backdrop = _told_as_backdrop(cluster, clusters)
        cluster.dated_by = any(m.role == "body" for m in cluster.mentions) and all(
            m.occasion for m in cluster.mentions if m.role == "body")
    if body:
        first = min((m.paragraph, m.sentence.start) for m in body)
        for cluster in clusters:
            cluster.lead = not cluster.backdrop and any(
                m.role == "body" and (m.paragraph, m.sentence.start) == first
                and m.status not in UNREALIZED for m in cluster.mentions)
        for cluster in clusters:
            if cluster.lead and cluster.family_name == "arrest" and _violence_beside_arrest(cluster, clusters):
                cluster.lead = False
    return clusters


def _told_as_backdrop(cluster: Cluster, clusters: Sequence[Cluster]) -> bool:
    """'Guards struck after two colleagues were shot', 'police held ten men after an earlier clash': an event told
    in its every body sentence only as the cause of a protest, or as an earlier event, that the sentence tells as
    happening is the backdrop, not the note's event (arrests after violence told unmarked follow it)."""
    body = [m for m in cluster.mentions if m.role == "body"]
    if not body or not all(m.cause for m in body):
        return False
    earlier = all(m.cause == "earlier" for m in body)
    told = {m.sentence.start for c in clusters if c is not cluster and (earlier or c.family_name == "protest")
            for m in c.mentions if m.role == "body" and not m.cause and m.status in REALIZED}
    return all(m.sentence.start in told for m in body)


# Families of violence that ACLED codes in place of the arrests told with it.
VIOLENCE_BESIDE_ARREST = frozenset({"ground", "attack", "abduction", "blast", "air", "shelling", "sexual", "riot"})


def _violence_beside_arrest(arrest: Cluster, clusters: Sequence[Cluster]) -> bool:
    """'Police detained two men. Their bodies were found days later': violence that happened, told in the
    paragraph of an arrest (not only named to date something), is the event; the arrest is part of it."""
    head = arrest.mentions[0]
    return any(c is not arrest and c.family_name in VIOLENCE_BESIDE_ARREST
               and any(m.role == "body" and m.paragraph == head.paragraph and m.status in REALIZED
                       and not m.occasion for m in c.mentions) for c in clusters)


# ACLED codes fighting accompanied by shelling or air strikes, at one place and time, as one battle.
ACCOMPANYING_FAMILIES = frozenset({"air", "shelling"})


def _accompanies(battle: Cluster, other: Cluster) -> bool:
    head = battle.mentions[0]
    return all(m.role == "body" and m.paragraph == head.paragraph
               and status_class(m.status) == status_class(head.status)
               and _places_agree(head, m) and _times_agree(head, m) for m in other.mentions)


def _concurrent(first: Cluster, other: Cluster) -> bool:
    head = first.mentions[0]
    return all(m.role == "body" and m.sentence.start == head.sentence.start
               and status_class(m.status) == status_class(head.status) and _places_agree(head, m)
               for m in other.mentions)


def _fold(clusters: list[Cluster], host_for: Callable[[list[Cluster], Cluster], Cluster | None]) -> list[Cluster]:
    """Fold each cluster into the host `host_for(kept so far, cluster)` names, or keep it."""
    kept: list[Cluster] = []
    for cluster in clusters:
        host = host_for(kept, cluster)
        if host is None:
            kept.append(cluster)
        else:
            host.absorbed.extend(cluster.mentions + cluster.absorbed)
    return kept


def _absorb_concurrent(clusters: list[Cluster]) -> list[Cluster]:
    """'Jets struck X and artillery shelled it, killing 2': strikes and shelling told in one sentence at one
    place are one event (ACLED codes the combined toll once), of the kind told first."""
    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name not in ACCOMPANYING_FAMILIES:
            return None
        return next((k for k in kept if k.family_name in ACCOMPANYING_FAMILIES
                     and k.family_name != cluster.family_name and _concurrent(k, cluster)), None)

    return _fold(clusters, host_for)


def _killing_in_battle(cluster: Cluster) -> bool:
    """'Police shot dead X ... after an exchange of fire': a killing not said to hit civilians, told with a
    battle in its paragraph, is the battle's toll (ACLED codes one battle)."""
    return all(m.kind == "attack" and m.refine == 1 and m.victims != "civilian" for m in cluster.mentions)


def _absorb_accompanying(clusters: list[Cluster]) -> list[Cluster]:
    """Fold the strikes, shelling and killings told with a battle, in its paragraph and place, into the
    battle."""
    battles = [c for c in clusters if c.family_name == "ground" and c.mentions[0].role == "body"]

    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name not in ACCOMPANYING_FAMILIES and not _killing_in_battle(cluster):
            return None
        return next((b for b in battles if _accompanies(b, cluster)), None)

    return _fold(clusters, host_for) if battles else clusters


def _crowd_fight(riot: Cluster, other: Cluster) -> bool:
    """Whether every mention of `other` is told in a sentence of the riot, with the riot's status."""
    sentences = {(m.sentence.start, status_class(m.status)) for m in riot.mentions}
    return all((m.sentence.start, status_class(m.status)) in sentences for m in other.mentions)


def _absorb_crowd_fights(clusters: list[Cluster]) -> list[Cluster]:
    """'Rival supporters clashed at the rally', 'students engaged police in running battles': fighting told
    in the sentence of a riot is the riot itself (ACLED codes crowds fighting as a riot, not a battle)."""
    riots = [c for c in clusters if c.family_name == "riot"]

    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name != "ground":
            return None
        return next((r for r in riots if _crowd_fight(r, cluster)), None)

    return _fold(clusters, host_for) if riots else clusters


def _civilians_hit(mention: Mention) -> bool:
    """An attack or killing said to hit civilians, told as an event (not 'battled them following an attack on
    civilians', where it only dates the battle)."""
    return mention.kind == "attack" and mention.victims == "civilian" and not mention.occasion


def _civilian_sentences(cluster: Cluster) -> set[int]:
    """The sentences in which the cluster's killing or attack is said to hit civilians."""
    return {m.sentence.start for m in cluster.mentions if _civilians_hit(m)}


def _absorb_settings(clusters: list[Cluster]) -> list[Cluster]:
    """'Raiders killed two herders in ethnic clashes', '3 civilians killed during a police/militia clash': the
    fighting told in the sentence of an attack on civilians is its setting; ACLED codes the attack."""
    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name != "ground" or any(m.refine == 1 for m in cluster.mentions):
            return None  # a fighting word, not a killing that hit fighters
        starts = {m.sentence.start for m in cluster.mentions}
        return next((k for k in clusters if k is not cluster and k.family_name == "attack"
                     and starts <= _civilian_sentences(k)), None)

    return _fold(clusters, host_for)


def _best_restated(candidates: list[Cluster], mention: Mention) -> Cluster | None:
    """A headline, standfirst or caption restates the body event told at the same place, else the lead one."""
    if not candidates:
        return None
    place = mention.place.entry.geonameid if mention.place is not None and mention.place.entry else None
    same = [c for c in candidates
            if any(m.place is not None and m.place.entry and m.place.entry.geonameid == place for m in c.mentions)]
    return (same or candidates)[0]


ABSORBED_KINDS = frozenset({"attack", "arrest", "clash", "looting", "territory_transfer"})
ABSORBING_FAMILIES = frozenset({"protest", "riot", "air", "shelling", "blast", "ground", "attack", "abduction"})


def _absorbable(mention: Mention) -> bool:
    """A generic or subordinate mention with no place or time of its own ('he was shot', '14 were arrested')."""
    own = (mention.place_explicit and mention.place is not None) or mention.time is not None
    return not own and (mention.refine == 1 or mention.kind in ABSORBED_KINDS)


def _can_absorb(cluster: Cluster, mention: Mention, lexicon: Lexicon) -> bool:
    """The last violent or protest event told before it is the one a bare mention most likely continues; not
    a fight told in the sentence of an attack on people said to be civilians, which is that attack's setting
    ('ethnic clashes as militias attack civilians'; not 'battled the raiders following an attack on civilians')."""
    head = cluster.mentions[0]
    if _civilians_hit(mention) and lexicon.kind(head.kind).family == "ground" and any(
            m.sentence.start == mention.sentence.start for m in cluster.mentions):
        return False
    return (head.role == "body" and lexicon.kind(head.kind).family in ABSORBING_FAMILIES
            and status_class(head.status) != "unrealized" and status_class(mention.status) != "unrealized"
            and head.order < mention.order)


def _opening_sentence(clusters: Sequence[Cluster]) -> tuple[int, int] | None:
    """The first body sentence that tells an event as happening (paragraph, start)."""
    told = [(m.paragraph, m.sentence.start) for c in clusters for m in c.mentions
            if m.role == "body" and m.status not in UNREALIZED]
    return min(told, default=None)


def _named_violence(cluster: Cluster) -> bool:
    """An attack or fight whose doer the text names ('militiamen killed a man'): an event of its own doers."""
    return cluster.family_name in ("attack", "ground") and any(
        a.role == "actor" for m in cluster.mentions for a in m.actors)


def _opening_riot(cluster: Cluster, opening: tuple[int, int] | None) -> bool:
    """'Riots broke out across the country', 'supporters stormed the hall': a riot told as happening in the
    opening sentence is what the text is about, though it names no actor or place of its own (unless the text
    names the doers of an attack or fight, whose event it then is)."""
    return cluster.family_name == "riot" and any(
        m.role == "body" and (m.paragraph, m.sentence.start) == opening and m.status not in UNREALIZED
        for m in cluster.mentions)


def _riot_beside_arrests(cluster: Cluster, specific: Sequence[Cluster]) -> bool:
    """'Police arrested twelve drivers. Youths at the scene smashed vehicles': a riot told as happening beside
    arrests and nothing else is the event the arrests answered, though it names no actor or place of its own."""
    return (cluster.family_name == "riot" and bool(specific) and all(c.family_name == "arrest" for c in specific)
            and any(m.role == "body" and m.status not in UNREALIZED for m in cluster.mentions))


def _absorb_riot_tolls(clusters: list[Cluster], opening: tuple[int, int] | None) -> list[Cluster]:
    """'Riots broke out in the town. One man was shot dead.': killings and woundings told with no doer in the
    paragraph of a violent demonstration the opening sentence tells are its toll (one event), not attacks of their
    own (a mob's victims are told as its targets)."""
    riot = next((c for c in clusters if _opening_riot(c, opening) and all(m.kind == "riot" for m in c.mentions)),
                None)
    if riot is None:
        return clusters
    paragraph = riot.mentions[0].paragraph

    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        told = all(m.role == "body" and m.paragraph == paragraph and m.refine == 1 and m.status not in UNREALIZED
                   for m in cluster.mentions)
        doers = any(a.role == "actor" for m in cluster.mentions for a in m.actors)
        return riot if cluster is not riot and cluster.family_name == "attack" and told and not doers else None

    return _fold(clusters, host_for)


def _only_unrealized_specific(specific: Sequence[Cluster], clusters: Sequence[Cluster]) -> bool:
    """'A farmer was killed by an arrow. Three others may have been killed': a plan or a fear that names who or
    how many does not make the deeds the text tells as done too generic to code."""
    return bool(specific) and all(_unrealized(c) for c in specific) and not all(_unrealized(c) for c in clusters)


def _unrealized(cluster: Cluster) -> bool:
    """Every mention of the cluster tells a plan or a possibility, not a deed."""
    return all(m.status in UNREALIZED for m in cluster.mentions)


def _specific(cluster: Cluster) -> bool:
    """Whether the cluster says anything beyond 'X happens somewhere in a country' (a generic statement)."""
    for m in cluster.mentions:
        place_named = m.place_explicit and m.place is not None and (m.place.entry is None or not m.place.entry.feature.startswith("PCL"))
        if m.actors or place_named or m.figures or (m.time is not None) or m.role != "body":
            return True
    return False


def _kind(cluster: Cluster, lexicon: Lexicon) -> str:
    """The most specific kind a firm trigger gives, else the kind of the first body mention."""
    order = list(lexicon.kinds)
    told = {m.kind for m in cluster.every}
    killed = any(f.kind == "fatalities" and f.count > 0 for m in cluster.every for f in m.figures)
    if "abduction" in told and ("attack" in told or killed):
        return "attack"  # 'kidnapped and killed him': ACLED codes the killing, not the abduction
    if _mob_told_after(cluster):
        return "mob_violence"
    if _fought_back(cluster):
        return "clash"
    told = _told_victims(cluster)
    if told is not None:
        return "clash" if told == "armed" else "attack"
    firm = [m for m in cluster.mentions if m.refine not in (1, 3)]
    if firm:
        return max(firm, key=lambda m: (order.index(m.kind), -m.order)).kind
    return min(cluster.mentions, key=lambda m: (ROLE_ORDER.get(m.role, 0), m.order)).kind


def _fought_back(cluster: Cluster) -> bool:
    """'Raiders attacked the farm. One officer was shot dead in the ensuing gunfight': an attack that became
    an exchange of fire, told as happening in its paragraph, is a battle (ACLED); not clashes named as
    ongoing background ('linked to the ongoing clashes')."""
    head = cluster.mentions[0]
    if head.kind != "attack":
        return False
    settings = _civilian_sentences(cluster)
    return any(m.kind == "clash" and (m.refine != 1 or _answer_by_another_force(cluster, m)) and m.role == "body"
               and m.paragraph == head.paragraph and m.status == "occurred" and m.sentence.start not in settings
               and not _clash_of_doers_alone(cluster, m) for m in cluster.absorbed)


def _clash_of_doers_alone(cluster: Cluster, clash: Mention) -> bool:
    """'Police shot two boys. The police claim it was a shootout between officers and criminals': a later
    fight 'between' sides of which the only force named is the attack's own doers retells the attack (their
    account, a witness's word): no other force is named fighting back."""
    after = clash.sentence.text[clash.trigger.end - clash.sentence.start:].lstrip().lower()
    if not after.startswith("between "):
        return False
    doers = {a.id for m in cluster.mentions for a in m.actors if a.role == "actor"}
    named = {a.id for a in clash.actors}
    return bool(doers) and bool(named) and named <= doers and all(a.role == "actor" for a in clash.actors)


# ACLED inters of armed forces: state, rebel, political and identity militias, external forces.
ANSWERING_FORCE_INTERS = frozenset({1, 2, 3, 4, 8})


def _answer_by_another_force(cluster: Cluster, killing: Mention) -> bool:
    """'Raiders attacked the village. Police intervened, shooting dead two of them': a killing of armed men
    by an armed force other than the attackers answers the attack with force, which makes it a battle."""
    doers = {a.id for m in cluster.mentions for a in m.actors if a.role == "actor"}
    answering = [a for a in killing.actors if a.role == "actor"]
    return (not killing.occasion and bool(answering) and not {a.id for a in answering} & doers
            and answering[0].inter in ANSWERING_FORCE_INTERS)


def _mob_told_after(cluster: Cluster) -> bool:
    """'Three men were burnt to death. They were beaten and set on fire by a mob.': violence that named no doer,
    whose doer a later sentence of its paragraph tells was a mob, is mob violence (ACLED)."""
    head = cluster.mentions[0]
    if head.kind != "attack" or head.refine != 1 or any(a.role == "actor" for m in cluster.mentions for a in m.actors):
        return False
    return any(m.kind == "mob_violence" and m.role == "body" and m.paragraph == head.paragraph
               and m.status == "occurred" and m.sentence.start > head.sentence.start for m in cluster.absorbed)


def _told_victims(cluster: Cluster) -> str | None:
    """'Militants attacked the town. Two people were killed.': an attack or killing that named no victim is
    judged by whom a killing told in a later sentence of its paragraph hit (armed or civilian)."""
    head = cluster.mentions[0]
    if not all(m.refine == 1 and m.kind in ("attack", "clash") and m.victims is None for m in cluster.mentions):
        return None
    # not an earlier event the text names as what the attack avenged or followed ('retribution for a raid')
    return next((m.victims for m in cluster.absorbed if m.refine == 1 and m.victims is not None
                 and m.role == "body" and m.paragraph == head.paragraph and not (m.occasion or m.cause)
                 and m.sentence.start > head.sentence.start), None)


def _replies(first: Cluster, other: Cluster) -> bool:
    """'X shelled Y's positions. In response, Y's jets struck X': fire returned in the same paragraph."""
    head = first.mentions[0]
    return (all(m.role == "body" and m.paragraph == head.paragraph and _times_agree(head, m)
                and status_class(m.status) == status_class(head.status) for m in other.mentions)
            and _exchange(Cluster(first.mentions + other.mentions)))


def _absorb_replies(clusters: list[Cluster]) -> list[Cluster]:
    """Strikes or shelling by two sides at each other, told in one paragraph, are one exchange of fire."""
    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name not in ACCOMPANYING_FAMILIES:
            return None
        return next((k for k in kept if k.family_name in ACCOMPANYING_FAMILIES and _replies(k, cluster)), None)

    return _fold(clusters, host_for)


def _absorb_abduction_attacks(clusters: list[Cluster]) -> list[Cluster]:
    """'Gunmen abducted two workers after shooting dead their driver': an attack told in the sentence of an
    abduction, with its status, is one event with it (which ACLED codes as the attack)."""
    abductions = [c for c in clusters if c.family_name == "abduction"]

    def host_for(kept: list[Cluster], cluster: Cluster) -> Cluster | None:
        if cluster.family_name != "attack":
            return None
        return next((a for a in abductions if a in kept and _crowd_fight(a, cluster)), None)

    return _fold(clusters, host_for) if abductions else clusters


def _arrest_fate(arrest: Cluster, killing: Cluster) -> bool:
    """'Police detained two traders. Their bodies were found days later': a killing that names no doer, told as
    happening after an arrest in its paragraph, is what befell the arrested."""
    head = arrest.mentions[0]
    return (arrest.family_name == "arrest" and killing.family_name == "attack" and head.role == "body"
            and status_class(head.status) == "realized"
            and all(m.role == "body" and m.paragraph == head.paragraph and m.order > head.order and m.refine == 1
                    and m.status in REALIZED and not m.occasion and not any(a.role == "actor" for a in m.actors)
                    for m in killing.mentions))


def _absorb_arrest_fates(clusters: list[Cluster]) -> list[Cluster]:
    """ACLED codes people arrested and then found killed as violence against them: the killing takes the arrest
    (its doers and the arrested) into it."""
    arrests = [c for c in clusters if c.family_name == "arrest"]
    hosts = {id(a): k for a in arrests for k in clusters if k is not a and _arrest_fate(a, k)}
    if not hosts:
        return clusters
    kept = []
    for cluster in clusters:
        host = hosts.get(id(cluster))
        if host is None:
            kept.append(cluster)
        else:
            host.absorbed.extend(cluster.mentions + cluster.absorbed)
    return kept


def _hosts_arrest(cluster: Cluster) -> bool:
    """A killing that took in the arrest told before it: the arrest names its doers and victims."""
    return any(m.kind == "arrest" for m in cluster.absorbed)


def _exchange(cluster: Cluster) -> bool:
    """Two sides firing at each other ('X shelled Y and Y responded by shelling X'): one mention's actor is
    another's target and the other way round."""
    sides = [({a.id for a in m.actors if a.role == "actor"}, {a.id for a in m.actors if a.role == "target"})
             for m in cluster.every]
    return any(a_doers & b_hit and b_doers & a_hit and not a_doers & b_doers
               for k, (a_doers, a_hit) in enumerate(sides) for b_doers, b_hit in sides[k + 1:])


def _exchange_kind(cluster: Cluster, kind: str) -> str:
    """ACLED: an exchange of fire between two armed sides is a battle, whatever weapons each side used."""
    return "clash" if cluster.family_name in ACCOMPANYING_FAMILIES and _exchange(cluster) else kind


def _force_on_crowd(cluster: Cluster, kind: str, lexicon: Lexicon) -> str:
    """A protest that absorbed shooting or beating by the state is a protest met with force (a crowd's riot
    it absorbed, such as stone-throwing told only in doubt, is no force on it)."""
    if lexicon.kind(kind).family != "protest" or kind == "excessive_force":
        return kind
    force = [m for m in cluster.absorbed if lexicon.kind(m.kind).violent and lexicon.kind(m.kind).family != "riot"]
    if not force:
        return kind
    harmed = any(f.kind in ("fatalities", "injured") and f.count > 0 for m in cluster.every for f in m.figures)
    return "excessive_force" if harmed else "protest_intervention"


def _status(cluster: Cluster) -> Status:
    counts = Counter(m.status for m in cluster.mentions)
    if "ongoing" in counts:
        return "ongoing"
    if "planned" in counts:
        return "planned"
    return counts.most_common(1)[0][0]


def _place(cluster: Cluster, focus: Place | None) -> Place | None:
    explicit = [m.place for m in cluster.mentions if m.place is not None and m.place_explicit]
    if explicit:
        sub_national = [p for p in explicit if p.entry is None or not p.entry.feature.startswith("PCL")]
        return min(sub_national or explicit, key=lambda p: p.geo_precision)
    return focus


def _actors(cluster: Cluster) -> tuple[ActorRef, ...]:
    seen: dict[tuple[str, str], ActorRef] = {}
    for m in cluster.every:
        for ref in m.actors:
            seen.setdefault((ref.id, ref.role), ref)
    return tuple(seen.values())


def _figure(cluster: Cluster, kind: str) -> Figure | None:
    figs = [f for m in sorted(cluster.every, key=lambda m: (ROLE_ORDER.get(m.role, 0), m.order))
            for f in m.figures if f.kind == kind]
    return figs[0] if figs else None


def _attributions(cluster: Cluster) -> tuple[Attribution, ...]:
    seen: dict[str, Attribution] = {}
    for m in cluster.every:
        for att in m.attributions:
            seen.setdefault(att.speaker.lower(), att)
    return tuple(seen.values())


def _evidence(cluster: Cluster) -> tuple[Span, ...]:
    spans = {m.sentence.start: m.sentence for m in cluster.every}
    return tuple(spans[k] for k in sorted(spans))


# ACLED codes fighting that is accompanied by shelling or strikes as a battle: on equal standing, a
# battle leads the remote violence told beside it; arrests made in a raid or after an attack follow it;
# burning or wrecking told with the killing it caused follows the attack ('torched a house, killing three').
LEAD_WEIGHT = 2.0
BACKDROP_WEIGHT = 4.0  # an event told only as the backdrop of another (see _told_as_backdrop) follows it
DATING_WEIGHT = 1.0  # an event named only to date another deed follows that deed on equal standing
UNREALIZED_WEIGHT = 4.0  # a plan, threat or fear ('threatened to torch the truck') follows the events that happened
FAMILY_PRECEDENCE = {"ground": 2.0, "riot": 1.0, "protest": 0.5, "looting": -0.5, "arrest": -1.0}


def salience(cluster: Cluster) -> float:
    """Headline and lead mentions make an event salient; so do many mentions."""
    score = sum(ROLE_WEIGHT.get(m.role, 0.0) for m in cluster.mentions) + 0.5 * len(cluster.mentions)
    score += FAMILY_PRECEDENCE.get(cluster.family_name, 0.0) + (LEAD_WEIGHT if cluster.lead else 0.0)
    score -= BACKDROP_WEIGHT if cluster.backdrop else DATING_WEIGHT if cluster.dated_by else 0.0
    score -= UNREALIZED_WEIGHT if _status(cluster) in UNREALIZED else 0.0
    first_body = min((m.paragraph for m in cluster.mentions if m.role == "body"), default=99)
    return score + max(0.0, 2.0 - 0.5 * first_body)


@dataclass(frozen=True, slots=True)
class TimeContext:
    """What resolving an event's time needs beyond its own mentions."""

    ref: date
    anchors: dict[int, date]
    sentence_dates: dict[int, date]


def _time(cluster: Cluster, status: Status, ctx: TimeContext) -> TimeSpan:
    exprs = sorted((m.time for m in cluster.mentions if m.time is not None), key=lambda e: e.precision)
    for expr in exprs:
        if expr.start is not None:
            return to_timespan(expr)
        if expr.anchor_text and expr.relation in ("since", "after", "following"):
            anchor = next((d for pos, d in ctx.anchors.items() if expr.span.start <= pos < expr.span.end), None)
            if anchor is not None:
                return since_anchor(expr, anchor=anchor, ref=ctx.ref)
        if expr.is_duration:
            end = next((ctx.sentence_dates[m.sentence.start] for m in cluster.mentions
                        if m.sentence.start in ctx.sentence_dates), ctx.ref)
            return anchor_duration(expr, end=end)
    if status in UNREALIZED:
        return TimeSpan(ctx.ref, ctx.ref, 1, "reported")
    return TimeSpan(ctx.ref - timedelta(days=6), ctx.ref, 2, None)


def build_event(cluster: Cluster, lexicon: Lexicon, *, article_id: str, focus: Place | None,
                ctx: TimeContext) -> Event:
    """The event a cluster of mentions describes."""
    kind = lexicon.kind(_exchange_kind(cluster, _force_on_crowd(cluster, _kind(cluster, lexicon), lexicon)))
    status = _status(cluster)
    etype, sub = kind.event_type, kind.sub_event_type
    if status in UNREALIZED and kind.violent:
        etype, sub = "Strategic developments", "Other"
    time = _time(cluster, status, ctx)
    if status == "occurred" and time.end is not None and (ctx.ref - time.end).days > HISTORICAL_DAYS:
        status = "historical"
    first = min(cluster.mentions, key=lambda m: m.trigger.start)
    digest = hashlib.sha256(f"{article_id}:{kind.name}:{first.trigger.start}".encode()).hexdigest()[:16]
    return Event(
        id=digest, kind=kind.name, event_type=etype, sub_event_type=sub, plover=kind.plover, status=status,
        actors=_actors(cluster), place=_place(cluster, focus), time=time,
        fatalities=_figure(cluster, "fatalities"), injured=_figure(cluster, "injured"),
        displaced=_figure(cluster, "displaced"), attributions=_attributions(cluster),
        evidence=_evidence(cluster), salience=salience(cluster),
    )
