namespace PolicyLibrary.Bench;

/// <summary>Phrase lists in the register of a district government's notices, for <see cref="Generator"/>.</summary>
internal static class Phrases
{
    /// <summary>Issuing units: org-units.yaml code, 发文机关, the 发文字号 prefix.</summary>
    public static readonly (string Code, string Organ, string Prefix)[] Units =
    [
        ("gov-office", "下陆区人民政府办公室", "黄下政办"),
        ("gov-office", "下陆区人民政府", "黄下政发"),
        ("legal-affairs", "下陆区人民政府法制办公室", "黄下法"),
        ("staffing", "下陆区机构编制委员会办公室", "黄下编办"),
        ("development-reform", "下陆区发展和改革局", "黄下发改"),
        ("finance", "下陆区财政局", "黄下财"),
        ("human-resources", "下陆区人力资源和社会保障局", "黄下人社"),
        ("housing-construction", "下陆区住房和城乡建设局", "黄下住建"),
        ("food-drug", "下陆区食品药品监督管理局", "黄下食药监"),
        ("environment", "下陆区环境保护局", "黄下环"),
        ("work-safety", "下陆区安全生产监督管理局", "黄下安监"),
        ("civil-affairs", "下陆区民政局", "黄下民"),
        ("price", "下陆区物价局", "黄下价"),
        ("tuanchengshan", "下陆区团城山街道办事处", "黄下团办"),
        ("xinxialu", "下陆区新下陆街道办事处", "黄下新办"),
        ("laoxialu", "下陆区老下陆街道办事处", "黄下老办"),
        ("dongfangshan", "下陆区东方山街道办事处", "黄下东办"),
    ];

    /// <summary>Subjects with their categories.yaml code.</summary>
    public static readonly (string Topic, string Category)[] Topics =
    [
        ("政府信息公开", "policy"), ("政务公开", "policy"), ("规范性文件管理", "policy"), ("依法行政", "policy"),
        ("行政审批制度改革", "licensing"), ("权责清单管理", "licensing"), ("“双随机、一公开”监管", "licensing"), ("商事登记制度改革", "licensing"),
        ("国民经济和社会发展规划", "planning"), ("重点项目建设", "planning"), ("政府投资项目管理", "planning"), ("城乡总体规划", "planning"),
        ("保障性住房", "housing"), ("公共租赁住房", "housing"), ("棚户区改造", "housing"), ("老旧小区加装电梯", "housing"), ("房屋征收与补偿", "housing"),
        ("城乡居民最低生活保障", "public-welfare"), ("临时救助", "public-welfare"), ("养老服务", "public-welfare"), ("就业创业", "public-welfare"),
        ("城乡居民基本医疗保险", "public-welfare"), ("残疾人帮扶", "public-welfare"), ("精准扶贫", "public-welfare"),
        ("大气污染防治", "environment-food"), ("水污染防治", "environment-food"), ("食品安全网格化管理", "environment-food"),
        ("餐饮服务食品安全", "environment-food"), ("农村人居环境整治", "environment-food"), ("河长制", "environment-food"),
        ("安全生产", "safety-emergency"), ("防汛抗旱", "safety-emergency"), ("地质灾害防治", "safety-emergency"), ("森林防火", "safety-emergency"),
        ("建筑施工安全", "safety-emergency"), ("消防安全", "safety-emergency"), ("突发事件应急", "safety-emergency"),
        ("机构编制管理", "organisation"), ("事业单位登记管理", "organisation"), ("公务员培训", "organisation"), ("干部人事档案", "organisation"),
    ];

    public static readonly string[] Verbs =
        ["进一步加强", "切实做好", "深入开展", "全面推进", "加快推进", "扎实做好", "规范", "做好", "开展", "严格落实", "完善"];

    public static readonly string[] Works = ["工作", "管理工作", "专项整治行动", "监督检查", "试点工作", "考核工作", "工作机制", ""];

    public static readonly (string Type, string Kind)[] Types =
    [
        ("通知", "行政规范性文件"), ("意见", "行政规范性文件"), ("实施意见", "行政规范性文件"), ("暂行办法", "行政规范性文件"),
        ("管理办法", "行政规范性文件"), ("实施细则", "行政规范性文件"), ("规定", "规章"), ("实施方案", "其他文件"), ("工作方案", "其他文件"),
        ("应急预案", "其他文件"), ("通告", "其他文件"),
    ];

    public static readonly string[] Addressees =
        ["各街道办事处，区政府各部门：", "各街道办事处，区直各单位：", "区政府各部门，各街道办事处，各有关单位：", "各有关单位："];

    public static readonly string[] Bases =
    [
        "《中华人民共和国政府信息公开条例》", "《国务院关于加快推进“互联网+政务服务”工作的指导意见》", "《湖北省人民政府关于深化行政审批制度改革的意见》",
        "《中华人民共和国安全生产法》", "《中华人民共和国食品安全法》", "《社会救助暂行办法》", "《国有土地上房屋征收与补偿条例》",
        "《黄石市人民政府办公室关于进一步加强规范性文件管理的通知》", "党的十八届五中全会", "省委、省政府和市委、市政府的决策部署",
    ];

    public static readonly string[] Goals =
    [
        "进一步提高政府工作透明度", "切实保障人民群众的合法权益", "推动全区经济社会持续健康发展", "防范和遏制重特大事故发生",
        "提升公共服务水平", "加快建设法治政府", "改善城乡人居环境", "确保人民群众生命财产安全", "优化营商环境",
    ];

    public static readonly string[] Headings =
    [
        "指导思想", "基本原则", "工作目标", "主要任务", "重点内容", "实施步骤", "职责分工", "保障措施", "工作要求", "组织领导",
        "适用范围", "申请条件", "办理程序", "补贴标准", "监督管理", "责任追究", "宣传引导", "经费保障", "附则", "考核评估",
    ];

    public static readonly string[] Sentences =
    [
        "各地各部门要高度重视，把{0}列入重要议事日程，主要负责同志亲自抓、负总责。",
        "要坚持以人民为中心的发展思想，围绕群众关心关切，不断完善{0}的制度体系。",
        "按照“属地管理、分级负责”和“谁主管、谁负责”的原则，层层落实{0}责任。",
        "区{1}要会同有关部门制定具体实施办法，明确时间表、路线图和责任人。",
        "各街道办事处要建立工作台账，实行销号管理，每月25日前将工作进展情况报送区{1}。",
        "对工作推进不力、造成不良影响的单位和个人，依法依规严肃追究责任。",
        "要充分利用政府网站、政务微博、政务微信等平台，加强政策解读和舆论引导。",
        "坚持问题导向，聚焦重点领域和薄弱环节，深入开展隐患排查和专项整治。",
        "所需经费列入区级财政预算，专款专用，任何单位和个人不得截留、挤占、挪用。",
        "到{2}年底，基本建立覆盖全区、运行高效的{0}工作机制。",
        "申请人应当如实提供家庭收入、财产状况等证明材料，并签署授权核查声明。",
        "区政府将把{0}纳入年度目标责任考核，考核结果作为评先评优的重要依据。",
        "严格执行首问负责、限时办结、一次性告知等制度，提高办事效率。",
        "要加强对社区网格员、安全员的业务培训，提高发现问题、解决问题的能力。",
        "对群众反映的问题，要做到件件有落实、事事有回音。",
        "进一步简化办事流程，精简申请材料，推行网上申请、网上审核、网上公示。",
    ];

    public static readonly string[] ListItems =
    [
        "建立健全{0}工作领导小组，统筹协调全区相关工作；",
        "明确牵头单位和责任单位，细化工作任务；",
        "开展全面排查，建立问题清单和整改清单；",
        "加强日常巡查和执法检查，依法查处违法违规行为；",
        "及时公开办理结果，主动接受社会监督；",
        "完善信息报送制度，重大情况第一时间报告；",
        "组织开展专题培训和应急演练；",
        "加大资金投入，落实工作经费和人员保障；",
        "将低保、特困供养、临时救助等政策落实到户到人；",
        "督促企业落实主体责任，开展自查自纠。",
    ];

    public static readonly string[] Closings =
        ["本通知自印发之日起施行。", "本办法自发布之日起施行，有效期五年。", "本方案由区{1}负责解释。", "特此通知。"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];

    public static readonly string[] GivenNames =
        ["立新", "敏", "建华", "丽", "志强", "海燕", "伟", "红梅", "国庆", "秀英", "军", "静", "文斌", "晓东", "春花", "明", "玉兰", "德胜"];

    public static readonly string[] Questions =
    [
        "为什么要出台这份文件？", "文件适用于哪些对象？", "主要内容有哪些？", "申请需要提交哪些材料？", "办理时限是多长？",
        "由哪个部门负责实施？", "群众如何进行咨询和监督？", "与原有政策相比有哪些变化？",
    ];

    public static readonly string[] InterpretationHeadings = ["出台背景", "主要依据", "主要内容", "创新举措", "适用范围", "注意事项", "解读机关及联系方式"];
}
