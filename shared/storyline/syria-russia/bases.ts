/** Russia's military presence in Syria: the naval facility at Tartus, Hmeimim air base, the rest. */
import type { ThreadDefinition } from '../types';

/** A clause about the commercial port or its business is the investment thread's, not the base's. */
const COMMERCIAL_PORT = ['commercial [port|harbour|harbor|quay|terminal|dock*|berth*|shipping|cargo|traffic|operations|side|part]', 'infrastructure', 'credit line', 'investment*', 'concession*', 'container*', 'terminal*', 'port operator', 'cargo', 'dp world', 'investor*', 'railway*', 'grain', 'wheat', 'ferry [line|link|service|route|crossing*|operator]', 'passenger [line|service|ferry|ferries|ship*|terminal]'];

/** Ships or aircraft away for a while ("left Tartus for exercises", "due back next week"): no site loses. */
const AWAY_FOR_A_WHILE = ['for [exercises|exercise|drills|manoeuvres|maneuvers|a patrol|patrols|training|a port call]', '[due|expected] back', 'will return', 'to return [to|next|later|after]'];

/** A place passed through on the way elsewhere is neither left nor reinforced ("the departing troops passed through Hmeimim on their way home"). */
const PASSING_THROUGH = ['pass* through', 'on [their|its|the] way [home|to|back]', 'in transit', 'stopover'];

/** "Leaves Russia with its smallest footprint": what a drawdown results in, not a departure. */
const LEAVES_WITH = ['[leave|leaves|leaving|left] [russia|moscow|it|them] with'];

/** Forces going home or on a routine call: no site in Syria gains. */
const RETURNING_HOME = ['returned home', 'return* to russia', 'return* home', 'return* to [their|its] [base|bases]', '[permanent|home] [base|bases|airfield*|port|ports|garrison*]', 'routine*', 'port call', 'visit*'];

export const BASES: ThreadDefinition = {
  id: 'bases',
  label: 'Russian bases',
  definition: "Russia's military presence in Syria: its naval facility at Tartus, Hmeimim air base and other sites.",
  requiresSide: 'russia',
  topic: {
    en: [
      'base', 'bases', 'basing', 'naval facility', 'naval presence', 'naval logistics', 'airbase', 'air base', 'airfield', 'military presence',
      'presence in syria', 'troops', 'forces', 'warship*', 'frigate*', 'submarine*', 'naval vessels', 'military personnel', 'garrison*',
      'outpost*', 'observation post*', 'military post*', 'russian post*', 'military police', 'military facilit*', 'installations', 'deploy*', 'military hardware', 'military equipment',
      'air defence*', 'air defense*', 'patrol*', 'fighter jets', 'helicopters', 'military aircraft', 'military footprint', 'military sites',
      'airstrip*', 'helicopter [detachment|unit|units|group|squadron]', 'detachment', 'contingent',
    ],
  },
  subjects: [
    {
      id: 'tartus',
      label: 'Tartus', phrase: 'the Tartus naval base',
      aliases: { en: ['Tartus', 'Tartous', 'naval facility', 'naval base', 'navy base', 'naval logistics point'] },
      unless: COMMERCIAL_PORT,
      // The city as a landmark or a route's end, not the base: "the coast south of Tartus", "sailings linking Tartus with Sochi".
      ignore: ['[north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest] of [tartus|tartous]', 'off [tartus|tartous]', 'off the coast of [tartus|tartous]', '[between|linking|connecting|connects|links] [tartus|tartous] [and|with|to]'],
    },
    {
      id: 'hmeimim',
      label: 'Hmeimim', phrase: 'the Hmeimim air base',
      aliases: { en: ['Hmeimim', 'Khmeimim', 'Hmeymim', 'Humaymim', 'Hmaymim', 'Latakia air base', 'Latakia airbase'] },
    },
    { id: 'other', label: 'Other bases', phrase: 'other bases in Syria', aliases: { en: ['Qamishli', 'Qardaha', 'Tiyas', 'Kuweires', 'Shayrat', 'Tabqa', 'Dumayr', 'Abu al-Duhur', 'Mezzeh air base', 'T4 air base', 'Palmyra air base', 'Deir ez-Zor airport', 'outposts', 'military post*', 'observation post*', 'other sites', 'smaller bases'] }, fallback: true },
  ],
  general: { standing: ['tartus', 'hmeimim'], event: ['other'] },
  references: ['the base', 'the facility', 'the airbase', 'the air base', 'the naval base', 'the site', 'the airfield', '[its|the] [air|aviation] group', '[presence|forces|troops|ships|contingent|personnel] there'],
  statuses: [
    {
      id: 'retained',
      label: 'retained', sentence: 'Russia keeps {s}',
      kind: 'standing',
      definition: 'Russia keeps or operates the site, or Syria says it may stay.',
      examples: ['Russian aircraft continue to operate from Hmeimim.', 'Damascus said Russia could keep its bases.'],
      cues: [
        {
          phrases: {
            en: [
              'remain* [in|at|on]', 'stay* [in|at|on]', 'will stay', 'can stay', 'may stay', 'allowed to [stay|remain|keep|use]', 'keep* ... [base*|presence|forces|troops|facilit*|foothold]',
              'kept ... [base*|presence|forces|troops|facilit*]', 'retain*', 'maintain* ... [presence|base*|forces|troops|facilit*]', 'continu* to [operate|use|host|hold|maintain]',
              'still [operat*|uses|holds|hosts|has]', 'operat* [from|out of]', 'remain* operational', 'preserv* ... [presence|base*]', 'presence ... [continues|remains|will continue]',
              'no plans to [leave|withdraw|close|abandon]', 'no intention of [leaving|withdrawing|giving up|closing|abandoning]',
              '[use|uses|using] [the|its|their] ... [base|bases|facility|berths|airfield|air base|airbase|runway]', 'still [there|in place|present|alongside|berthed|moored|docked|stationed|based|deployed|on the line|on the flight line]', 'not affected', 'operating normally', 'able to [continue|keep|use|stay|remain]',
              'will remain', '[concentrated|confined] [at|to|in]', '[remain|remains] ... russian [base|bases|facility|facilities|military facilities|military base|military bases|air base|naval facility]', 'continu* to [carry out|function|work|serve|perform|be based|be stationed]', '[perform|performs|performing|carry out|carries out|carrying out|fulfil|fulfils|fulfill|fulfills|fulfilling] [its|their] [tasks|missions|duties]', 'operat* as [before|usual|normal|planned]', '[military|forces|troops|presence|contingent] [is|are|remains|remain] [in|at]',
              'remain where they are', '[point|facility|base|presence|contingent|garrison] ... [remains|stays]', 'kept ... [contingent|garrison|group]', '[is|are|remains] functioning', 'function* [normally|as usual|as normal]',
            ],
          },
          unless: [
            'remain* [unclear|uncertain|unresolved|open|undecided|in limbo|a question|a sticking point|closed|shut|empty|idle|abandoned|deserted]', 'stay* tuned',
            // "Only a workshop and two tugs remain": what is left after a drawdown.
            'only [a|an|one|two|three|four|five|six|a few|a handful] ... [remain|remains|remained]',
          ],
        },
        {
          // Presence shown by use of one site: ships at its quay, aircraft flying from its field.
          phrases: { en: ['[docked|berthed|moored] [at|in]', 'tied up', 'port call', 'landed at', 'rotation at', 'still flying', '[flying|flies|fly|flew|flights] from', 'remain* alongside', 'continu* as [normal|usual|before]'] },
          namedOnly: true,
          corroborates: true,
        },
        // "At Hmeimim, nothing has changed": said of one named site.
        { phrases: { en: ['nothing has changed', 'nothing had changed', 'no change [there|at]'] }, namedOnly: true },
      ],
    },
    {
      id: 'negotiating',
      label: 'under negotiation', sentence: 'Russia and Syria negotiate over {s}',
      kind: 'standing',
      definition: 'The terms or future of the presence are under discussion.',
      examples: ['The two sides are negotiating the future of the Tartus facility.'],
      cues: [
        {
          phrases: {
            en: [
              'negotiat*', 'renegotiat*', 'talks', 'discuss*', 'talking about', '[bargain|bargains|bargained|bargaining|haggle|haggles|haggled|haggling|wrangle|wrangles|wrangled|wrangling] [over|about|on|for]', 'on the agenda', '[exchanged|exchanging|circulated|submitted] ... draft*', 'under discussion', 'under review', 'dialogue', 'consultations',
              'review* ... [agreement*|terms|lease|status|presence]', 'revis* ... [agreement*|terms|lease|status]', '[future|fate|status] of ... [base*|presence|facilit*]',
              'terms of ... [presence|stay|lease]', 'being [worked out|negotiated|discussed]', 'working group', 'raised the [issue|question]',
              'terms under which', 'draft ... [agreement|accord|treaty|protocol]', '[drafted|drafting]', 'status of ... forces', 'finalis*', 'finaliz*', 'linked to ... [agreement*|talks]',
            ],
          },
          unless: ['no talks', 'talks ... [ended|collapsed|broke down]'],
        },
      ],
    },
    {
      id: 'reduced',
      label: 'reduced', sentence: 'Russia scales down {s}',
      kind: 'event',
      direction: 'away',
      definition: 'A drawdown of ships, equipment or people.',
      examples: ['Russia has moved some of its warships out of Tartus.'],
      cues: [
        {
          phrases: {
            en: [
              'reduc*', 'scal* back', 'scaled down', 'drawdown', 'draw* down', 'drew down', 'downsiz*', 'thinn* out', '[been|was|were] thinned', 'cut* ... [forces|presence|troops|ships|personnel|contingent]', '[patrols|presence|forces|flights] ... [have been|has been|were|was] cut',
              'withdr* [some|part|several|most|many|a number|dozens|hundreds|a portion|parts|two|three|four|five|six]',
              // A share of the force: "has withdrawn about half of its military police".
              '[withdr*|pull*] ... [half|a third|a quarter|two thirds|two-thirds|a fifth] of', 'pull* [some|part|several|most|many|two|three|four|five|six] ... out of', 'pull* [some|part|several|most|many|two|three|four|five|six]', 'moved ... out of', '[flown|flew|ferried|airlifted] ... ... out of',
              'fewer [ships|troops|aircraft|vessels|personnel]', 'smaller [presence|contingent|footprint]', 'ships ... [left|sailed|departed]', 'evacuat* [some|part|equipment]',
              'skeleton crew', 'only a handful', 'only a few', 'only [a|an|one|two|three|four|five|six] ... [remain|remains|remained]', '[leave|leaves|left] only', '[equipment|batch|units|hardware|vessels|warships|corvettes|frigates|submarines|aircraft|jets|helicopters] ... [left|leave|leaves|departed|sailed]', '[leaving|leave|leaves|left] ... with only',
              // Counts falling, hardware taken away.
              'cut* ... [number|aircraft|ships|vessels|jets|helicopters|equipment]', 'halv*', 'by half', '[fallen|fell|dropped|shrunk|shrank|dwindled] to', 'down from', 'dwindl*',
              'no longer [at|in|based|stationed|deployed|there|at its]', 'remov* ... [systems|equipment|aircraft|helicopters|jets|ships|radars|air defence*|air defense*|hardware|weapons]',
              'dismantl*', 'loaded ... [on|onto|on to|aboard] ... [ships|vessels|planes|aircraft]', '[shipped|flown|airlifted] out',
              'mov* ... away from', '[towed|sailed|shipped|flown|taken|moved] away', 'towed out', 'towed ... out of', 'number of ... [fallen|fell|dropped|declined|decreased|shrunk]',
            ],
          },
          unless: ['rotat*', 'the last', 'last remaining', 'the remaining', 'all [the|russian|its|their|of the]', 'entire', '[its|their] last', ...AWAY_FOR_A_WHILE],
        },
        {
          // Moved from the site to somewhere unnamed; with a place it goes "to", the relocation cue of `expanded` reads it.
          phrases: { en: ['relocat*', 'redeploy*'] },
          unless: ['[relocat*|redeploy*] ... to', 'rotat*'],
        },
      ],
    },
    {
      id: 'withdrawn',
      label: 'withdrawn', sentence: 'Russia withdraws from {s}',
      kind: 'event',
      direction: 'away',
      definition: 'Russia left the site, closed it or its presence was terminated.',
      examples: ['The last Russian troops left the Qamishli airport on Tuesday.'],
      whenNegated: 'retained',
      whenBegun: 'reduced',
      whenPartial: { status: 'reduced', movers: ['ships', 'vessels', 'warships', 'frigate*', 'corvette*', 'submarine*', 'aircraft', 'jets', 'helicopters', 'planes', 'warplanes', 'fighter*', 'bombers', 'squadron*', 'equipment', 'hardware', 'batch', 'convoy*', 'workshop*', 'capacity'] },
      cues: [
        {
          phrases: {
            en: [
              'withdr*', 'pull* out', 'pulled out', 'pull* ... out of', 'pulled ... out', 'leave', 'leaves', 'left', 'leaving', 'depart', 'departs', 'departed', 'departing', 'evacuat*', 'abandon*', 'vacat*', 'exit*',
              'clos* ... [base|bases|facility|post|posts|outpost*|site*]', 'shut* down', 'hand* over ... to the syrian', 'handed ... to syrian', 'end* ... [presence|patrols|deployment|mission]', 'terminat* ... [lease|agreement|presence]',
              'pull* back', 'pulled ... back', '[sailed|flew|flown|steamed|moved] out of', '[flew|flown|flying|shipped|shipping|sailed|taken] ... out [of|to]', 'handed over to ... forces',
              'end of ... presence',
            ],
          },
          unless: [...AWAY_FOR_A_WHILE, ...PASSING_THROUGH, ...LEAVES_WITH, 'delegation*', 'visit*', 'envoy*', 'rotat*', 'left out', 'left behind', 'left over', 'left open', 'leave* open', 'left ... [undecided|unresolved|unclear]', 'left the [meeting|talks|kremlin]', 'on the left', 'left-wing'],
        },
      ],
    },
    {
      id: 'expanded',
      label: 'expanded', sentence: 'Russia expands {s}',
      kind: 'event',
      direction: 'toward',
      definition: 'New deployments, sites or patrols.',
      examples: ['Russia deployed additional fighter jets to Hmeimim.'],
      cues: [
        {
          phrases: {
            en: [
              'expand*', 'deploy*', 'reinforc*', '[sent|sends|send|dispatch*|flew|flown] ... [troops|forces|warships|jets|aircraft|reinforcements|personnel|ships|equipment]',
              'new [base|facility|post|outpost|deployment|patrols|positions|hangar|hangars|barracks|shelters|runway]', 'new ... [hangar|hangars|barracks|shelters|runway]', '[completed|finished] ... [hangar|hangars|barracks|shelters|runway|pier]', 'additional [troops|forces|aircraft|ships|jets|personnel]', 'establish* ... [base|post|presence|outpost]',
              'set* up ... [base|post|outpost]', 'build* ... [base|facility|runway|pier]', 'built ... [base|facility|runway|pier]', 'upgrad*', 'enlarg*', 'extend* ... runway',
              'return* to', 'returned', 'resum* ... patrols', 'began ... patrols', 'start* ... patrols', 'increas* ... [presence|forces|troops]', 'brought in', 'bring* in',
              '[entered|arrived at|arrived in]', 'risen to', 'rose to',
            ],
          },
          unless: RETURNING_HOME,
        },
        {
          // Forces relocated from one site to another: the place reached gains what the place left loses.
          phrases: {
            en: [
              '[relocat*|redeploy*|transferr*] ... to', '[moved|moving|flying|flew] ... to', '[went|headed|sailed] [east|west|north|south|inland|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|up the coast|down the coast] to',
              // However long the list of what moved: "moved a dozen helicopters and 180 personnel from its Hmeimim air base … to the Shayrat air base".
              '[moved|relocated|redeployed|transferred|shifted|sent] ... ... ... ... from ... ... ... to',
              // Or where they were kept, told before where they went: "moved most of the helicopters it kept at the airstrip in the desert to its air base".
              '[moved|relocated|redeployed|transferred|shifted] ... ... ... ... ... to [its|the]',
            ],
          },
          unless: RETURNING_HOME,
          atSource: 'reduced',
        },
      ],
    },
    {
      id: 'agreement_signed',
      label: 'agreement signed', sentence: 'Basing agreement signed for {s}',
      kind: 'event',
      definition: 'A basing agreement was signed.',
      examples: ['Moscow and Damascus signed a new agreement on the Tartus facility.'],
      cues: [
        {
          phrases: {
            en: [
              '[sign|signs|signed|signing|signature] ... [agreement|deal|accord|treaty|lease|protocol|memorandum]', 'ratif*', 'conclud* ... [agreement|deal|accord]', '[reached|struck|sealed] ... [agreement|deal|accord]', 'inked',
              // Passive: "the protocol on the naval logistics point at Tartus has just been signed".
              '[been|was|were] [signed|initialled|initialed]', '[been|was|were] [formally|officially|finally] signed', '[agreement|accord|treaty|lease|protocol] signed [today|yesterday|on]',
            ],
          },
          unless: ['sign* ... [letter|petition|statement|condolence*]', 'econom*', 'trade', 'investment*', 'energy', 'loan', 'credit'],
        },
      ],
    },
  ],
  stateModel: {
    forward: [],
    incompatible: [
      ['retained', 'withdrawn'],
      ['expanded', 'withdrawn'],
      ['expanded', 'reduced'],
      ['agreement_signed', 'withdrawn'],
    ],
    // A site can be kept while drawn down, in one account; one source reporting the drawdown and another
    // that the site works as before disagree.
    contested: [['retained', 'reduced']],
    precedence: ['retained', 'negotiating', 'expanded', 'reduced', 'agreement_signed', 'withdrawn'],
  },
};
