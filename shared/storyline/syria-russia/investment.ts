/** Russian economic deals with Syria: energy, ports, transport, trade, finance and the rest. */
import type { ThreadDefinition } from '../types';

/** Shipped goods are trade, not the sector that produces them. */
const SHIPPED = ['tanker*', 'cargo*', 'shipment*', 'barrels', 'tonnes', 'tons', 'consignment*', 'delivered', 'deliver*', 'unload*', 'docked', 'anchor*', 'shipped', 'supplies of', 'supply of', 'supplying'];
/** Words that name a speaker or a place, not a sector ("the energy minister", "at Damascus airport"). */
const NOT_A_SECTOR = ['[energy|oil|transport|trade|economy|finance|electricity] [ministry|minister|ministers]'];

export const INVESTMENT: ThreadDefinition = {
  id: 'investment',
  label: 'Russian investment',
  definition: 'Russian economic deals with Syria: energy, commercial ports, transport, trade shipments, finance and other sectors.',
  requiresSide: 'russia',
  topic: {
    en: [
      'invest*', 'econom*', 'deal', 'deals', 'contract*', 'memorand*', 'mou', 'mous', 'concession*', 'project*', 'reconstruction',
      '[break|breaks|broke|breaking] ground', '[groundbreaking|ground-breaking]',
    ],
  },
  subjects: [
    {
      id: 'energy',
      label: 'Energy', phrase: 'Russian energy deals',
      aliases: {
        en: [
          'oil field*', 'oilfield*', 'gas field*', 'fields', '[oil|gas] [sector|industry|production|exploration|wells|infrastructure|facilities|plant|plants|processing]', 'power [plant*|station*|grid|generation|lines|sector]',
          'electricity', 'energy', 'refiner*', 'pipeline*', 'thermal', 'nuclear', 'hydro*', 'gas', 'oil', 'turbine*', '[offshore|onshore|exploration] block*',
        ],
      },
      unless: SHIPPED,
      ignore: NOT_A_SECTOR,
    },
    {
      id: 'port',
      label: 'Ports', phrase: 'Russian port deals',
      aliases: { en: ['commercial port*', 'port concession*', '[silo|silos|elevator|elevators|warehouse|warehouses|berth|berths] [at|in] ... port', 'port* ... [contract|concession|terminal|operator|operations|management|expansion|upgrade|investment]', 'container terminal*', 'grain terminal*', '[concession|contract|lease] ... port', 'management of ... port*', 'port management'] },
      unless: ['[moored|docked|berthed|arrived|unloaded|anchored] ... port'],
    },
    {
      id: 'transport',
      label: 'Transport', phrase: 'Russian transport deals',
      aliases: { en: ['rail', 'railway*', 'railroad*', 'train*', 'locomotive*', 'road*', 'highway*', 'bridge*', 'airport*', 'airline*', 'flights', 'aviation', 'transport', 'metro', 'air services', 'air link*', 'air route*', 'Aeroflot', '[direct|passenger|scheduled|commercial] ... flight*', 'ferry', 'ferries', 'sailings', 'passenger [service|services|line|lines|route|routes|link|links]', '[shipping|liner|container|ro-ro] [line|lines|service|services|route|routes]', 'sea link*', 'sea route*', '[bus|buses|trolleybus|trolleybuses|tram|trams|tramway]', '[carriage|carriages|wagons|rolling stock]'] },
      ignore: ['transport [aircraft|helicopter*|plane*|ship*|vessel*|vehicles|convoy*]', '[transport|cargo] ... [helicopters|aircraft|planes|jets]', 'military transport', 'transport minister*', 'transport ministry', '[at|from|via|near|into|through|out of] ... [airport|airfield]', '[to|in] [the|a|an|damascus|latakia|aleppo|qamishli|deir] ... [airport|airfield]', '[aviation|air] group', '[by|via] [road|rail|air|sea]', '[along|near|off|beside] [the|a] ... [highway|road|motorway]', '[military|naval|combat|army|russian] aviation [and|units|unit|group|groups|regiment*|squadron*|presence|assets]', 'military aviation', 'naval aviation', 'training'],
    },
    {
      id: 'trade',
      label: 'Trade', phrase: 'Russian trade shipments',
      aliases: { en: ['wheat', 'grain', 'flour', 'food', 'foodstuff*', 'medicine*', 'medical supplies', 'fuel', 'diesel', 'petrol', 'crude', 'tanker*', 'barrels', 'trade', 'tonnes', 'shipment*', 'consignment*', 'cargoes'] },
      unless: ['humanitarian', 'aid', 'donat*', 'banknote*'],
      ignore: ['trade [payments|settlements|finance]', 'trade minister*', 'trade [representative|representatives|envoy|envoys|attache|attaché|office|mission]', 'diesel ... [locomotive*|engine*|generator*]', 'trade turnover', 'commission on trade', 'trade and econom*', 'trade, econom*', 'economic and trade', '[grain|wheat] terminal*',
        // What a credit pays for is its purpose, not a shipment: "financing for grain purchases", "credit for the next season's wheat".
        '[financing|finance|credit|credits|loan|loans|funding] [for|of|to pay for|to buy] ... [wheat|grain|flour|food|fuel|diesel|purchases|imports]',
        // A store built at a port is a port deal: "a grain silo at Latakia port".
        '[grain|wheat] [silo|silos|elevator|elevators|warehouse|warehouses|storage|berth|berths]',
        // A refinery's plant, named after what it processes: no shipment.
        'crude [distillation|unit|units|processing|column|columns]'],
    },
    {
      id: 'finance',
      label: 'Finance', phrase: 'Russian financing',
      aliases: {
        en: [
          'credit*', 'loan*', 'lend*', 'debt*', 'banknote*', 'currency', 'print* ... [money|notes|pounds|banknotes|currency]', 'printing works', 'Goznak', 'bank', 'banks', 'banking', 'financ*',
          'compensation', 'payment system*', 'Mir cards', 'rouble*', 'ruble*', 'investment fund',
        ],
      },
      // A contract's security, not a financing deal: "did not deliver the bank guarantee".
      ignore: ['[finance|financial] [minister|ministry]', 'world bank', 'central bank governor', 'bank guarantee*', 'performance [bond|bonds|guarantee|guarantees]'],
    },
    {
      id: 'other',
      label: 'Other deals', phrase: 'other Russian deals',
      aliases: { en: ['phosphate*', 'fertili* plant*', 'tourism', 'health*', 'hospital*', 'education', 'mining', 'mines', 'agricultur*', 'housing', 'telecom*', 'water'] },
      ignore: [
        '[health|education|tourism|agriculture|water|housing|construction] [ministry|minister|ministers]',
        // A company's line of business, not the deal's ("the trading arm of an agricultural holding signed a wheat contract").
        '[agricultural|agriculture|mining|telecom*|housing|healthcare|tourism] [holding|holdings|company|companies|group|firm|firms|conglomerate|giant|producer|producers]',
        // Explosives, not a mining deal: "to clear mines and unexploded ordnance".
        '[clear|clears|cleared|clearing] ... mines', 'land mines', 'mines and unexploded',
      ],
      // Cooperation that is no economic deal: "a memorandum on cooperation in sport and youth affairs".
      unless: ['humanitarian', 'aid', 'sport*', 'youth', 'cultur*'],
      fallback: true,
    },
  ],
  references: ['the deal', 'the contract', 'the agreement', 'the project', 'the memorandum', 'the cargo', 'the shipment', 'the concession', 'the rights', 'the loan', 'the credit line', 'the deals', 'the projects', 'the field', 'the plant'],
  thirdParty: {
    parties: [
      'DP World', 'Emirat*', 'UAE', 'Qatar*', 'Saudi*', 'Turkish', 'Turkey', 'China', 'Chinese', 'French', 'CMA CGM', 'Gulf', 'American', 'European', 'consortium', 'Azerbaijan*', 'SOCAR',
      'Jordan*', 'Ukrain*', 'Kuwait*', 'India', 'Indian', 'Egypt*', 'Italian', 'German*', 'British', 'Greek', 'Korean', 'Japanese', 'Malaysian', 'Omani', 'Bahraini', 'Iraqi', 'Lebanese',
      'Romania*', 'Bulgaria*', 'Serbia*', 'Pakistan*', 'Iran', 'Iranian', 'Brazil*', 'Argentin*', 'Kazakh*', 'Spanish', 'Dutch', 'Polish',
      'Austria*', 'Swiss', 'Switzerland', 'Czech', 'Hungar*', 'Belgian', 'Swedish', 'Norwegian', 'Finnish', 'Danish', 'Portuguese', 'Irish', 'Canadian', 'Australian',
      'Singapor*', 'Indonesia*', 'Thai', 'Vietnamese', 'South African', 'Moroccan', 'Tunisian', 'Algerian', 'Armenian', 'Georgian', 'Uzbek*', 'Turkmen*', 'Mexican', 'Chilean',
    ],
    cues: ['replac*', 'award* ... to', 'award*', 'granted to', 'went to', 'go to', 'signed with', '[sign|signs|signed|signing] ... with', 'won', 'wins', 'took over', 'take* over', 'handed to', 'lost ... to'],
    status: 'cancelled',
    lost: ['passing over', 'passed over', 'instead of', 'rather than', 'over a rival', 'beating', 'beat', 'ahead of', 'rejecting', 'underbid*', 'undercut*', 'outbid*', '[replaced|replaces|replacing|displaced|displacing|ousted|ousting]'],
    lostBy: ['[lost|lose|loses|losing] ... to'],
  },
  statuses: [
    {
      id: 'proposed',
      label: 'proposed', sentence: '{s} proposed',
      kind: 'standing',
      definition: 'A deal offered or discussed; "ready to participate".',
      examples: ['Russian companies are ready to help rebuild Syrian power plants, Novak said.'],
      intentionAsserts: true,
      cues: [
        {
          phrases: {
            en: [
              'propos*', 'offer*', 'ready to', 'willing to', 'prepared to', 'readiness', '[plans|plan|planned|planning] to', 'discuss*', 'talks', 'negotiat*', 'explor*', 'interest* in',
              'keen to', 'want* to [build|invest|restart|develop|rebuild|restore|supply|finance|fund|expand|modernise|modernize|repair|sign]', 'pledg*', 'promis*', 'on the table', 'will [extend|provide|supply|build|invest|finance|fund|help|rebuild|restore|develop]', 'agreed to [study|explore|consider|discuss|work]', 'expressed ... interest',
              // A request under study is a proposal: "Russia was studying Syria's requests for financing".
              '[studying|examining|considering|reviewing] ... [request|requests|proposal|proposals|offer|offers|application|applications]', '[application|applications] [to|for]', 'applied [to|for]',
            ],
          },
          unless: ['no talks', 'potential buyers'],
        },
      ],
    },
    {
      id: 'signed',
      label: 'signed', sentence: '{s} signed',
      kind: 'event',
      definition: 'An agreement, memorandum or contract was signed.',
      examples: ['The two governments signed a memorandum on restoring power stations.'],
      cues: [
        {
          phrases: {
            // The verb's forms, not 'sign*' ("signalling", "significant" are other words).
            en: ['[sign|signs|signed|signing|signings|signature|signatures]', 'inked', 'conclud* ... [deal|agreement|contract|memorandum]', '[reached|struck|sealed] ... [deal|agreement]', 'agreed ... [deal|contract|to build|to supply|to finance|to develop]', 'award* ... to ... russia*', 'won ... contract'],
          },
          unless: ['sign* ... [letter|petition|statement|condolence*]', 'sign of', 'signs of', 'a sign', 'sign that', 'signature dish',
            // Signs put up in a shop or on a road: "do not put up signs suggesting that you accept the cards".
            '[put|puts|putting|display*|erect*|hang|hung|post|posted] ... signs', 'signs [saying|suggesting|reading|advertising|announcing|showing]', '[road|shop|street|warning] signs'],
        },
      ],
    },
    {
      id: 'cancelled',
      label: 'cancelled', sentence: '{s} cancelled',
      kind: 'event',
      definition: 'A deal revoked, or the asset awarded to someone else.',
      examples: ['Damascus cancelled the contract awarded to a Russian firm in 2019.'],
      cues: [
        {
          phrases: {
            en: [
              'cancel*', 'revok*', 'terminat*', '[scrap|scraps|scrapped|scrapping]', 'annul*', 'suspend*', 'froze', 'frozen', 'freez*', 'halt*', 'tore up', 'torn up', 'void*', 'lost ... [contract|concession|deal|rights]', 'end* ... [contract|deal|concession]',
              // A party leaving the deal, or the deal falling apart.
              'reject* ... [bid|offer|proposal|tender]', 'pull* out of', 'walk* away from', 'withdr* from', 'quit', 'quits', 'exit*', 'abandon*', 'shelv*', 'call* off', 'called ... off', '[is|was] off', 'collaps*', 'fell through', 'fall* through', '[handed|handing|hands|gave|give*] ... back',
              'no longer [under consideration|being considered|on the table|in the running|part of]',
            ],
          },
          // Scrap the noun: "its fuel tanks have been dug out for scrap".
          unless: ['[for|as|into] scrap', 'scrap [metal|iron|dealer|dealers|yard|yards]'],
        },
        {
          // Talks that ended without a deal: the deal they were about is off.
          phrases: { en: ['[end|ends|ended|ending|broke off|breaking off|break off] ... [talks|negotiations]', '[talks|negotiations] ... [ended|collapsed|broke down|failed|were broken off]'] },
          unless: ['with [a|an|the] [deal|agreement|accord|contract|memorandum]', 'ended in [a|an] [deal|agreement|accord]', 'signing', 'signed'],
        },
      ],
    },
    {
      id: 'implemented',
      label: 'implemented', sentence: '{s} under way',
      kind: 'event',
      definition: 'Delivered, under way or done.',
      examples: ['A tanker carrying Russian crude unloaded at Baniyas on Monday.'],
      cues: [
        {
          phrases: {
            en: [
              'deliver*', 'arriv*', 'unload*', 'discharg*', 'docked', '[flights|deliveries|shipments|supplies|exports] ... ... [resumed|restarted]', 'shipped', 'dispatched', 'supplied', 'received', 'disbursed', 'credited to', 'paid out', 'drawn down', 'under way', 'underway', '[began|begun] [work|construction|operations|supplies|deliveries|shipments|printing|flights]',
              'start* [work|construction|operations|supplies|deliveries|shipments|printing|flights]', 'launched', 'complet*', '[commissioned|commissioning]', 'resum* ... [flights|supplies|deliveries|exports|imports|shipments|work]',
              'printed', 'reached ... [port|baniyas|latakia|tartus]', 'anchored off', 'in operation', 'came online', 'went into operation',
              '[connected|reconnected|hooked up|linked] to the [grid|national grid|power grid|network]', '[entered|enters|entering] [service|operation]', 'back [online|on line|in service|in operation|on the grid]', '[return|returned|returns|returning] ... ... to service', 'return to service',
              // Work going on: "which our engineers have been restoring since March".
              '[has|have|had] been [restoring|rebuilding|repairing|building|overhauling|upgrading|modernising|modernizing|installing|drilling|supplying|delivering|shipping]', 'now [overhauling|restoring|rebuilding|repairing]',
              'put into [service|operation]', '[began|begun|started|starts] [operating|production|producing|generating|pumping]',
              'landed', 'supplying', 'already [sending|supplying|shipping|delivering]', 'reach* ... [port|ports|syria|syrian]', '[began|begun|started] drilling', 'drilling at',
              'open* ... credit line', '[extended|granted|provided] ... [loan|credit]', 'first [trains|flights|cargo|cargoes|shipment|deliveries|tanker|crossing|sailing|sailings|voyage]', 'maiden [voyage|flight|crossing|sailing]',
              // Work begun, named by what is done: "began dismantling the damaged turbine".
              '[began|begun|started|starts|start|begin|begins] [dismantling|building|installing|repairing|rebuilding|rehabilitating|restoring|laying|constructing|overhauling|modernising|modernizing|upgrading]',
              // The work as the subject: "work has started at the gas field", "construction began on Monday".
              '[work|works|construction|drilling|production|operations|deliveries|shipments|supplies|flights|printing] [has|have|had] [started|begun|resumed]', '[work|works|construction|drilling|production] [started|began|resumed] [at|on|in|last|this]',
            ],
          },
          unless: ['[protocol|memorandum|agreement|deal|accord|talks|contract] on', 'deliver* ... [speech|remarks|message|statement|address|blow]', 'launched ... [strike*|attack*|investigation|probe|campaign]', 'delay*', 'postpon*', 'behind schedule', 'not yet', 'delegation*', 'visit*', 'envoy*', '[pm|premier|minister|president|official|officials|envoy|negotiators] [arrives|arrived|arriving|arrive]', 'arriv* ... for', 'arriv* in ... for', 'received ... [offer*|proposal*|request*|invitation*|delegation*|notice|notification|letter|word]'],
        },
      ],
    },
  ],
  stateModel: {
    forward: [['proposed'], ['signed'], ['implemented']],
    incompatible: [
      ['cancelled', 'proposed'],
      ['cancelled', 'signed'],
      ['cancelled', 'implemented'],
    ],
    precedence: ['proposed', 'signed', 'implemented', 'cancelled'],
  },
};
