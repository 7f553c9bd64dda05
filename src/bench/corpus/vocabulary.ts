/** The generator's vocabulary: fragments in the register of the ministry's news site. */
import { zipfSampler } from "./random.ts";

export const PROVINCES = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
  "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ", "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
  "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
  "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
  "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
  "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
  "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "TP. Hồ Chí Minh",
  "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];
export const CITIES_UNDER_CENTRAL_RULE = new Set(["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ"]);
export const EVENT_CITIES = ["Hà Nội", "Hà Nội", "Hà Nội", "TP. Hồ Chí Minh", "TP. Hồ Chí Minh", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang", "Đà Lạt", "Quy Nhơn", "Vinh", "Thái Nguyên"];

export const COUNTRIES = [
  "Nhật Bản", "Hàn Quốc", "Hoa Kỳ", "Pháp", "Đức", "Anh", "Australia", "Israel", "Singapore", "Ấn Độ",
  "Trung Quốc", "Liên bang Nga", "Phần Lan", "Thụy Điển", "Hà Lan", "Bỉ", "Italy", "Canada", "New Zealand",
  "Lào", "Campuchia", "Thái Lan", "Indonesia", "Malaysia", "Philippines", "Cuba", "Hungary", "Séc",
  "Ba Lan", "Thụy Sĩ", "Đan Mạch", "Na Uy", "Belarus", "Kazakhstan", "Brazil",
];

export const FOREIGN_ORGS = [
  "Tổ chức Sở hữu trí tuệ thế giới (WIPO)", "Cơ quan Năng lượng nguyên tử quốc tế (IAEA)",
  "Tổ chức Tiêu chuẩn hóa quốc tế (ISO)", "Cơ quan Hợp tác quốc tế Nhật Bản (JICA)", "Quỹ Newton",
  "Viện Công nghệ Massachusetts (MIT)", "Tổ chức Nghiên cứu Hạt nhân châu Âu (CERN)", "Ngân hàng Thế giới",
  "Liên minh châu Âu", "Viện Khoa học và Công nghệ Hàn Quốc (KIST)", "Cơ quan Khoa học Quốc gia Australia (CSIRO)",
  "Đại học Tokyo", "Trung tâm Quốc gia Nghiên cứu khoa học Pháp (CNRS)", "Hội đồng Anh",
];

export const SURNAMES = ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Lương", "Tạ", "Mai", "Cao", "Đào", "Hà", "Chu"];
export const MIDDLE_NAMES = ["Văn", "Văn", "Thị", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc", "Xuân", "Thu", "Hồng", "Anh", "Kim", "Đình", "Bảo", "Tuấn", "Gia", "Mạnh", "Việt"];
export const GIVEN_NAMES = ["Anh", "Bình", "Cường", "Dũng", "Định", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Minh", "Nam", "Nga", "Ngọc", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Việt", "Yến", "Đạt", "Đông", "Điệp", "Vinh", "Lộc", "Hằng"];

/** Bylines, most prolific first: credits follow a Zipf-like law too. */
export const BYLINES = [
  "Đăng Minh", "Thu Hà", "PV", "Minh Đức", "Hồng Nhung", "Phương Linh", "Quang Huy", "Ngọc Ánh", "Thanh Tùng",
  "Hải Yến", "Việt Anh", "Bảo Ngọc", "Trọng Đạt", "Mai Phương", "Đức Thắng", "Lan Anh", "Hoàng Nam", "Thu Trang",
  "Minh Khang", "Hà Linh", "Đình Phong", "Kim Oanh", "Văn Toàn", "Tuấn Anh", "Hương Giang", "Xuân Bách",
  "Thùy Dung", "Quốc Việt", "Bích Ngọc", "Đỗ Hương", "Nguyễn Thị Thu Hằng", "Trần Đức Anh", "Phạm Ngọc Điệp",
  "Lê Minh Tuấn", "Vũ Hồng Hạnh", "Hoàng Thị Mai", "Đặng Quang Vinh", "Bùi Thanh Hà", "Ngô Đức Duy",
  "Phan Thị Nga", "Hồ Sỹ Đông", "Khánh Linh", "Đức Minh", "Thanh Hương", "Ngọc Mai", "Trung Kiên", "Anh Thư",
  "Diệu Linh", "Quỳnh Anh", "Đinh Nam", "Hà Phương",
];
export const pickByline = zipfSampler(BYLINES, 0.9);

export const SOURCES = [
  "Theo Báo Nhân Dân", "Theo Báo Điện tử Chính phủ", "Theo VnExpress", "Theo Tạp chí Tia Sáng",
  "Theo Báo Khoa học và Phát triển", "Theo Thông tấn xã Việt Nam", "Theo Báo Tuổi Trẻ", "Theo Báo Thanh Niên",
  "Theo VietnamPlus", "Theo Báo Hà Nội Mới", "Theo Tạp chí Khoa học và Công nghệ Việt Nam", "Theo Nature",
  "Theo Reuters", "Theo Cổng thông tin điện tử Bộ KH&CN", "Theo Đài Tiếng nói Việt Nam",
];

/** Tags by popularity rank: a few very common, a long tail of rare ones (provinces last). */
export const TAGS = [
  "chuyển đổi số", "đổi mới sáng tạo", "khởi nghiệp", "trí tuệ nhân tạo", "Bộ KH&CN", "sở hữu trí tuệ",
  "tiêu chuẩn", "nghiên cứu khoa học", "chuyển giao công nghệ", "doanh nghiệp khoa học và công nghệ",
  "hợp tác quốc tế", "đại học", "nhà khoa học trẻ", "công nghệ cao", "chất lượng sản phẩm", "năng lượng",
  "nông nghiệp công nghệ cao", "dữ liệu", "bán dẫn", "an toàn thông tin", "Đảng ủy", "chính sách", "giải thưởng",
  "hội thảo", "y sinh", "vật liệu mới", "môi trường", "biến đổi khí hậu", "năng lượng nguyên tử", "đo lường",
  "thương mại hóa", "công nghệ sinh học", "kinh tế số", "chính phủ số", "nhân lực chất lượng cao", "quỹ đầu tư",
  "sáng chế", "nhãn hiệu", "chỉ dẫn địa lý", "truy xuất nguồn gốc", "mã số mã vạch", "an toàn bức xạ",
  "ứng dụng hạt nhân", "y học hạt nhân", "vũ trụ", "vệ tinh", "robot", "Internet vạn vật", "dữ liệu lớn",
  "điện toán đám mây", "5G", "blockchain", "xử lý ngôn ngữ tự nhiên", "học máy", "tự động hóa",
  "công nghiệp 4.0", "nhà máy thông minh", "thành phố thông minh", "nông nghiệp thông minh", "logistics",
  "năng lượng tái tạo", "điện mặt trời", "điện gió", "hydro xanh", "pin lithium", "xe điện", "vật liệu nano",
  "graphene", "vắc-xin", "dược liệu", "y học cổ truyền", "hệ gen", "tế bào gốc", "chẩn đoán hình ảnh",
  "thiết bị y tế", "an ninh lương thực", "giống cây trồng", "thủy sản", "chăn nuôi", "lâm nghiệp",
  "tài nguyên nước", "đồng bằng sông Cửu Long", "xâm nhập mặn", "sạt lở", "thiên tai", "động đất",
  "khí tượng thủy văn", "biển và hải đảo", "đa dạng sinh học", "bảo tồn", "loài mới", "hóa thạch",
  "khảo cổ học", "toán học", "vật lý", "hóa học", "sinh học", "thiên văn học", "khoa học xã hội",
  "khoa học giáo dục", "STEM", "sinh viên", "nghiên cứu sinh", "tiến sĩ", "giáo sư", "công bố quốc tế",
  "tạp chí khoa học", "đạo đức nghiên cứu", "liêm chính học thuật", "phòng thí nghiệm", "khu công nghệ cao",
  "vườn ươm", "trung tâm đổi mới sáng tạo", "Techfest", "Techmart", "chợ công nghệ", "sản phẩm OCOP",
  "sản phẩm quốc gia", "Make in Viet Nam", "thương hiệu quốc gia", "hàng Việt", "xuất khẩu", "TBT", "ISO",
  "HACCP", "VietGAP", "GlobalGAP", "hợp quy", "kiểm định", "Giải thưởng Chất lượng Quốc gia", "năng suất",
  "tinh gọn bộ máy", "cải cách hành chính", "dịch vụ công trực tuyến", "công tác cán bộ", "xây dựng Đảng",
  "thi đua khen thưởng", "công đoàn", "đoàn thanh niên", "phụ nữ", "tổng kết năm", "hội nghị", "Quốc hội",
  "Chính phủ", "nghị quyết", "Luật Khoa học và Công nghệ", "Luật Sở hữu trí tuệ",
  "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Luật Chất lượng sản phẩm, hàng hóa", "Luật Năng lượng nguyên tử",
  "Luật Chuyển giao công nghệ", "nghị định", "thông tư", "khoán chi", "tự chủ", "quỹ phát triển khoa học",
  "NAFOSTED", "Quỹ Đổi mới công nghệ quốc gia", "chương trình quốc gia", "Đề án 844", "nhiệm vụ cấp quốc gia",
  "đặt hàng", "nghiệm thu", "đánh giá", "thẩm định công nghệ", "đầu tư mạo hiểm", "nhà đầu tư thiên thần",
  "startup", "kỳ lân công nghệ", "fintech", "edtech", "agritech", "healthtech", "thương mại điện tử",
  "an ninh mạng", "mã độc", "bảo mật dữ liệu", "dữ liệu cá nhân", "định danh điện tử", "chữ ký số",
  "nền tảng số", "hạ tầng số", "trung tâm dữ liệu", "siêu máy tính", "công nghệ lượng tử", "mạng nơ-ron",
  "thị giác máy tính", "mô hình ngôn ngữ lớn", "chip", "thiết kế vi mạch", "đóng gói bán dẫn",
  "đào tạo kỹ sư", "kỹ năng số", "phổ biến kiến thức", "truyền thông khoa học", "bảo tàng", "sách khoa học",
  "Ngày Khoa học và Công nghệ Việt Nam", "Giải thưởng Tạ Quang Bửu", "Giải thưởng Hồ Chí Minh",
  "Giải thưởng Nhà nước", "Quả cầu vàng", "VIFOTEC", "Olympic quốc tế", "nhà khoa học nữ",
  "Giải thưởng Kovalevskaia", "người Việt ở nước ngoài", "trí thức kiều bào", "kinh tế tuần hoàn",
  "tăng trưởng xanh", "net zero", "tín chỉ carbon", "xử lý chất thải", "nước sạch", "ô nhiễm không khí",
  "quan trắc môi trường", "nhà kính", "cơ khí chế tạo", "công nghiệp hỗ trợ", "vật liệu xây dựng",
  "dệt may", "da giày", "điện tử", "ô tô", "đường sắt tốc độ cao", "hàng không", "hàng hải",
  "Viện Hàn lâm KH&CN Việt Nam", "Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP.HCM",
  "Đại học Bách khoa Hà Nội", "Viettel", "VNPT", "FPT", "Vingroup", "Cục Sở hữu trí tuệ",
  "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Viện Năng lượng nguyên tử Việt Nam",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Liên hiệp các Hội KH&KT Việt Nam", "Học viện Nông nghiệp Việt Nam",
  "Viện Vật lý", "Viện Toán học", "Viện Công nghệ vũ trụ", "Trung tâm Vũ trụ Việt Nam", "WIPO", "IAEA",
  "JICA", "KOICA", "CERN", "ASEAN", "APEC", "EU", "Ngân hàng Thế giới", "UNESCO",
  ...COUNTRIES,
  ...PROVINCES,
];
// With 350 tags, the top one lands on about a quarter of the articles and the rarest on 1 in 400.
export const pickTag = zipfSampler(TAGS, 1, 2);

/** Weight of each known category; keys missing from this table weigh 1. */
export const CATEGORY_WEIGHTS: Readonly<Record<string, number>> = {
  "hoat-dong-khcn": 3,
  "cong-nghe": 3,
  "khoa-hoc": 2.5,
  "doi-moi-sang-tao": 2,
  "chinh-sach": 1.5,
  "hop-tac-quoc-te": 1,
  "tieu-chuan-chat-luong": 1,
};

/** Topics of each known category, as noun phrases that read well after "đẩy mạnh" or "về". */
export const CATEGORY_TOPICS: Readonly<Record<string, readonly string[]>> = {
  "hoat-dong-khcn": [
    "công tác xây dựng Đảng", "công tác cán bộ", "phong trào thi đua yêu nước", "cải cách hành chính",
    "kế hoạch công tác năm {year}", "công tác phòng, chống tham nhũng", "công tác kiểm tra, giám sát",
    "nhiệm vụ chính trị của cơ quan, đơn vị", "công tác dân vận", "hoạt động công đoàn",
    "công tác thông tin, tuyên truyền", "việc sắp xếp, kiện toàn tổ chức bộ máy", "công tác tuyên giáo",
    "việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "công tác phát triển đảng viên",
    "công tác bảo vệ chính trị nội bộ", "quy chế dân chủ ở cơ sở", "công tác đào tạo, bồi dưỡng cán bộ",
    "công tác thi đua, khen thưởng", "công tác văn thư, lưu trữ", "hoạt động của Đoàn Thanh niên",
    "công tác an toàn, vệ sinh lao động",
  ],
  "khoa-hoc": [
    "vật liệu nano", "giải mã hệ gen người Việt", "biến đổi khí hậu ở Đồng bằng sông Cửu Long",
    "đa dạng sinh học", "các loài thực vật mới", "vi khuẩn kháng kháng sinh", "toán học ứng dụng",
    "vật lý năng lượng cao", "hóa dược từ dược liệu", "công nghệ tế bào gốc", "nghiên cứu biển và hải đảo",
    "thiên văn học", "địa chất và khoáng sản", "vắc-xin thế hệ mới", "khảo cổ học", "khoa học trái đất",
    "sạt lở bờ sông", "xâm nhập mặn", "hệ vi sinh vật đường ruột", "rạn san hô", "bệnh truyền nhiễm mới nổi",
    "vật liệu sinh học", "quang học lượng tử", "giống lúa chịu mặn",
  ],
  "cong-nghe": [
    "trí tuệ nhân tạo", "dữ liệu lớn", "điện toán đám mây", "chip bán dẫn", "mạng 5G", "an toàn thông tin",
    "công nghệ chuỗi khối", "Internet vạn vật", "robot công nghiệp", "vệ tinh quan sát Trái Đất",
    "xử lý ngôn ngữ tiếng Việt", "công nghệ in 3D", "thiết bị bay không người lái", "chính phủ số",
    "năng lượng tái tạo", "công nghệ pin lưu trữ", "xe điện", "điện mặt trời áp mái", "nhà máy thông minh",
    "y tế số", "thị giác máy tính", "bản đồ số", "mô hình ngôn ngữ lớn tiếng Việt", "điện toán lượng tử",
  ],
  "doi-moi-sang-tao": [
    "khởi nghiệp đổi mới sáng tạo", "quỹ đầu tư mạo hiểm", "vườn ươm doanh nghiệp",
    "trung tâm đổi mới sáng tạo", "chuyển giao công nghệ", "doanh nghiệp khoa học và công nghệ",
    "thương mại hóa kết quả nghiên cứu", "mạng lưới cố vấn khởi nghiệp", "không gian sáng tạo",
    "cơ chế thử nghiệm có kiểm soát", "đổi mới công nghệ trong doanh nghiệp nhỏ và vừa",
    "hệ sinh thái khởi nghiệp địa phương", "sàn giao dịch công nghệ", "khởi nghiệp trong sinh viên",
    "đổi mới sáng tạo mở", "phòng thí nghiệm dùng chung", "tài sản trí tuệ của doanh nghiệp",
    "sáng kiến cải tiến kỹ thuật", "khởi nghiệp nông nghiệp", "đầu tư thiên thần",
  ],
  "chinh-sach": [
    "việc sửa đổi Luật Khoa học và Công nghệ", "Luật Chuyển giao công nghệ", "Luật Sở hữu trí tuệ",
    "cơ chế tự chủ của tổ chức khoa học công lập", "quỹ phát triển khoa học và công nghệ của doanh nghiệp",
    "cơ chế khoán chi đến sản phẩm cuối cùng", "ưu đãi thuế cho hoạt động nghiên cứu",
    "cơ chế đặt hàng nhiệm vụ khoa học", "cơ chế đánh giá nhà khoa học",
    "quản lý nhiệm vụ khoa học và công nghệ", "chính sách thu hút nhân tài", "cơ chế tài chính cho khoa học",
    "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật", "Luật Năng lượng nguyên tử", "chính sách phát triển doanh nghiệp công nghệ số",
    "cơ chế mua sắm công nghệ", "chính sách hỗ trợ khởi nghiệp", "thủ tục hành chính trong lĩnh vực khoa học",
    "chiến lược phát triển khoa học và công nghệ", "chế độ tiền lương cho nhà khoa học",
  ],
  "hop-tac-quoc-te": [
    "hợp tác nghiên cứu chung", "trao đổi chuyên gia", "hợp tác song phương về khoa học",
    "mạng lưới đổi mới sáng tạo Việt Nam tại nước ngoài", "chuyển giao công nghệ từ nước ngoài",
    "đào tạo tiến sĩ ở nước ngoài", "hợp tác khoa học và công nghệ ASEAN", "hợp tác về năng lượng nguyên tử",
    "hợp tác về sở hữu trí tuệ", "hợp tác đào tạo nguồn nhân lực bán dẫn", "hợp tác về công nghệ vũ trụ",
    "hợp tác về biến đổi khí hậu", "hợp tác về y sinh", "hợp tác về tiêu chuẩn đo lường",
    "hợp tác về nông nghiệp công nghệ cao", "hợp tác về trí tuệ nhân tạo", "hợp tác về năng lượng sạch",
    "hợp tác nghiên cứu biển",
  ],
  "tieu-chuan-chat-luong": [
    "hệ thống tiêu chuẩn quốc gia", "mã số, mã vạch", "truy xuất nguồn gốc sản phẩm", "đo lường",
    "hàng rào kỹ thuật trong thương mại", "năng suất và chất lượng", "chứng nhận hợp quy",
    "kiểm định phương tiện đo", "áp dụng tiêu chuẩn ISO", "quản lý chất lượng hàng hóa nhập khẩu",
    "tiêu chuẩn cho xe điện", "an toàn thực phẩm", "chất lượng xăng dầu", "đo lường trong thương mại bán lẻ",
    "tiêu chuẩn nhà ở xã hội", "quy chuẩn kỹ thuật về thép", "đồ chơi trẻ em nhập khẩu", "chất lượng mũ bảo hiểm",
    "tiêu chuẩn về nông nghiệp hữu cơ", "hiệu suất năng lượng của thiết bị điện",
  ],
};
export const GENERAL_TOPICS = [
  "khoa học và công nghệ", "đổi mới sáng tạo", "chuyển đổi số", "nguồn nhân lực chất lượng cao",
  "thị trường khoa học và công nghệ", "ứng dụng tiến bộ kỹ thuật", "phát triển bền vững",
];

export const OPENERS = [
  "", "", "", "", "", "Trong năm {year}, ", "Thời gian qua, ", "Theo báo cáo, ", "Bên cạnh đó, ", "Đặc biệt, ",
  "Năm {prevYear}, ", "Tại hội nghị, ", "Đồng thời, ", "Ngoài ra, ", "Trên cơ sở đó, ", "Theo kế hoạch, ",
  "Trong thời gian tới, ", "Thực hiện chủ trương của Đảng và Nhà nước, ", "Từ đầu năm đến nay, ",
  "Sau hơn {n} năm triển khai, ", "Trong bối cảnh còn nhiều khó khăn, thách thức, ",
  "Theo đánh giá của các chuyên gia, ", "Nhờ đó, ", "Cùng với đó, ", "Trong quý {quarter}, ", "Theo thống kê, ",
  "Với sự hỗ trợ của các chuyên gia quốc tế, ", "Từ thực tiễn triển khai, ",
];

export const SUBJECTS = [
  "Bộ Khoa học và Công nghệ", "Bộ KH&CN", "Đảng ủy Bộ KH&CN", "Ban Chấp hành Đảng bộ Bộ", "Lãnh đạo Bộ",
  "các viện nghiên cứu", "nhiều trường đại học", "Đại học Quốc gia Hà Nội", "Đại học Bách khoa Hà Nội",
  "Đại học Quốc gia TP. Hồ Chí Minh", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "Quỹ Phát triển khoa học và công nghệ quốc gia", "Quỹ Đổi mới công nghệ quốc gia", "Cục Sở hữu trí tuệ",
  "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Cục Năng lượng nguyên tử", "Viện Năng lượng nguyên tử Việt Nam",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Sở KH&CN {province}", "UBND {provinceAdmin}",
  "các doanh nghiệp khoa học và công nghệ", "nhiều doanh nghiệp nhỏ và vừa", "cộng đồng khởi nghiệp",
  "các nhà khoa học trẻ", "nhóm nghiên cứu", "đội ngũ cán bộ, công chức, viên chức", "các đơn vị trực thuộc Bộ",
  "các bộ, ngành và địa phương", "Chính phủ", "Hội đồng khoa học", "Ban tổ chức", "các chuyên gia",
  "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Học viện Khoa học, Công nghệ và Đổi mới sáng tạo",
  "Văn phòng các Chương trình trọng điểm cấp nhà nước", "Cục Phát triển thị trường và doanh nghiệp KH&CN",
  "các tổ chức chính trị - xã hội", "nhiều hợp tác xã", "các đảng bộ, chi bộ trực thuộc",
];

export const PREDICATES = [
  "đã tập trung triển khai", "tiếp tục đẩy mạnh", "đã phối hợp tổ chức", "đang nghiên cứu, đề xuất",
  "đã hoàn thành", "cần quan tâm hơn nữa đến", "đã ký kết thỏa thuận hợp tác về", "đặt mục tiêu phát triển",
  "chủ động tham mưu về", "đã làm chủ", "được giao chủ trì", "sẽ ưu tiên đầu tư cho", "đã ứng dụng thành công",
  "đang xây dựng lộ trình cho", "đánh giá cao", "kiến nghị tháo gỡ vướng mắc trong", "đã tổ chức nghiệm thu",
  "tích cực hưởng ứng", "đã công bố kết quả về", "đang hoàn thiện", "tăng cường kiểm tra, giám sát",
  "đã chuyển giao", "bước đầu thương mại hóa", "đã rà soát, sửa đổi", "đẩy nhanh tiến độ",
  "đã dành nhiều nguồn lực cho", "từng bước hiện thực hóa", "quyết tâm thực hiện",
  "đã huy động nguồn lực xã hội cho", "luôn coi trọng", "đang thử nghiệm", "cam kết đồng hành với",
  "đã trao đổi kinh nghiệm về", "thống nhất cao về", "đã góp ý nhiều nội dung quan trọng cho",
  "tiếp tục đổi mới", "nhấn mạnh vai trò của", "đã kịp thời tháo gỡ khó khăn cho", "đề nghị làm rõ",
];

export const OBJECTS = [
  "các nhiệm vụ khoa học và công nghệ cấp quốc gia", "cơ chế, chính sách hỗ trợ doanh nghiệp đổi mới công nghệ",
  "hệ thống tiêu chuẩn quốc gia", "hạ tầng dữ liệu dùng chung", "công tác đào tạo nguồn nhân lực chất lượng cao",
  "hoạt động chuyển giao công nghệ", "chương trình chuyển đổi số quốc gia",
  "hệ sinh thái khởi nghiệp đổi mới sáng tạo",
  "mạng lưới các tổ chức trung gian của thị trường khoa học và công nghệ", "các kết quả nghiên cứu",
  "công tác xây dựng Đảng", "Nghị quyết Đại hội đại biểu toàn quốc của Đảng",
  "kế hoạch triển khai nhiệm vụ trọng tâm", "hoạt động sở hữu trí tuệ", "việc đổi mới cơ chế quản lý khoa học",
  "công tác thông tin, tuyên truyền về khoa học", "các sản phẩm chủ lực của địa phương",
  "việc ứng dụng trí tuệ nhân tạo trong quản lý nhà nước",
  "năng lực nghiên cứu của các phòng thí nghiệm trọng điểm", "các dự án hợp tác nghiên cứu song phương",
  "mô hình sản xuất nông nghiệp công nghệ cao", "hệ thống đo lường quốc gia",
  "năng lực đổi mới sáng tạo của doanh nghiệp", "việc phát triển công nghiệp bán dẫn",
  "các công nghệ chiến lược", "việc bảo hộ chỉ dẫn địa lý cho đặc sản địa phương",
  "quy hoạch mạng lưới tổ chức khoa học và công nghệ công lập", "công tác đánh giá trình độ công nghệ",
  "các giải pháp về {topic}", "lĩnh vực {topic}", "các dự án liên quan đến {topic}", "{topic}", "{topic}",
  "chương trình hỗ trợ {topic}",
];

export const CLAUSES = [
  "", "", "", "", ", góp phần nâng cao năng suất, chất lượng và sức cạnh tranh của nền kinh tế",
  ", nhằm đưa khoa học và công nghệ trở thành động lực phát triển kinh tế - xã hội",
  ", tạo điều kiện thuận lợi cho người dân và doanh nghiệp", " theo hướng lấy doanh nghiệp làm trung tâm",
  ", bảo đảm công khai, minh bạch", " trong bối cảnh cuộc Cách mạng công nghiệp lần thứ tư", " trên phạm vi cả nước",
  " một cách đồng bộ và hiệu quả", ", từng bước khẳng định vị thế của khoa học Việt Nam trong khu vực",
  " với sự tham gia của đông đảo nhà khoa học trong và ngoài nước", ", đáp ứng yêu cầu của thực tiễn",
  " trong giai đoạn {year} - {year5}", ", hướng tới mục tiêu tăng trưởng xanh và bền vững",
  " gắn với nhu cầu của thị trường", ", qua đó giảm chi phí tuân thủ cho doanh nghiệp",
  " ngay từ những tháng đầu năm", ", phấn đấu hoàn thành trước thời hạn", " theo đúng tinh thần chỉ đạo của Chính phủ",
  ", lấy người dân làm trung tâm", ", mở ra nhiều cơ hội hợp tác mới", " tại nhiều tỉnh, thành phố",
  " với tổng kinh phí hơn {money}", " tại {provinceAdmin}",
];

export const STATEMENTS = [
  "khoa học và công nghệ phải thực sự trở thành động lực then chốt cho tăng trưởng",
  "doanh nghiệp cần mạnh dạn đầu tư cho nghiên cứu và phát triển",
  "cơ chế tài chính cho khoa học cần được đổi mới mạnh mẽ hơn nữa",
  "việc chấp nhận rủi ro trong nghiên cứu là điều kiện để có những đột phá",
  "chuyển đổi số không chỉ là câu chuyện công nghệ mà trước hết là câu chuyện con người",
  "các kết quả nghiên cứu phải được đưa vào sản xuất và đời sống",
  "hợp tác quốc tế giúp các nhà khoa học trong nước tiếp cận những hướng nghiên cứu mới",
  "chất lượng sản phẩm, hàng hóa là yếu tố sống còn của doanh nghiệp khi hội nhập",
  "đội ngũ trí thức trẻ là lực lượng nòng cốt của sự nghiệp đổi mới",
  "mỗi địa phương cần xác định rõ sản phẩm chủ lực để tập trung nguồn lực",
  "dữ liệu là tài nguyên quan trọng của nền kinh tế số",
  "cần có cơ chế thử nghiệm có kiểm soát cho các mô hình kinh doanh mới",
  "các viện, trường phải gắn kết chặt chẽ hơn với doanh nghiệp",
  "năng lượng nguyên tử vì mục đích hòa bình mang lại nhiều lợi ích cho y tế và nông nghiệp",
  "tiêu chuẩn hóa là nền tảng của một nền sản xuất hiện đại",
  "sở hữu trí tuệ phải trở thành công cụ cạnh tranh của doanh nghiệp Việt",
  "đây là cơ hội để Việt Nam tham gia sâu hơn vào chuỗi giá trị toàn cầu",
  "công tác cán bộ cần được thực hiện công khai, dân chủ, đúng quy trình",
  "{topic} sẽ là một trong những ưu tiên hàng đầu của năm {nextYear}",
  "nếu không đổi mới tư duy quản lý thì khó có thể tạo ra đột phá về {topic}",
];

export const QUOTE_VERBS = ["nhấn mạnh", "cho biết", "chia sẻ", "khẳng định", "nhận định", "bày tỏ"];
export const ACADEMIC_TITLES = ["PGS.TS", "GS.TS", "TS.", "GS.TSKH", "ThS.", "KS."];
export const POSITIONS = [
  "Viện trưởng Viện Vật lý", "Giám đốc Sở KH&CN {province}", "Thứ trưởng Bộ KH&CN",
  "Cục trưởng Cục Sở hữu trí tuệ", "Hiệu trưởng Trường Đại học Bách khoa Hà Nội", "Chủ tịch Hội đồng quản trị công ty",
  "Phó Vụ trưởng Vụ Kế hoạch - Tài chính", "Giám đốc Trung tâm Đổi mới sáng tạo Quốc gia", "trưởng nhóm nghiên cứu",
  "chuyên gia về trí tuệ nhân tạo", "Bí thư Đảng ủy Bộ KH&CN", "Tổng Giám đốc một doanh nghiệp công nghệ",
  "Phó Chủ tịch UBND {provinceAdmin}", "Phó Bí thư Đảng ủy Bộ", "Giám đốc Quỹ Phát triển khoa học và công nghệ quốc gia",
  "Viện trưởng Viện Năng lượng nguyên tử Việt Nam", "Phó Tổng cục trưởng Tổng cục Tiêu chuẩn Đo lường Chất lượng",
  "giảng viên Trường Đại học Khoa học Tự nhiên", "nhà sáng lập một công ty khởi nghiệp",
];

export const STAT_SUBJECTS = ["cả nước", "{provinceAdmin}", "khu vực phía Nam", "các tỉnh miền núi phía Bắc", "hệ thống các viện nghiên cứu"];
export const STAT_UNITS = [
  "doanh nghiệp khoa học và công nghệ", "đơn đăng ký sáng chế", "tiêu chuẩn quốc gia", "nhiệm vụ khoa học và công nghệ",
  "phòng thí nghiệm được công nhận", "công bố quốc tế", "dự án khởi nghiệp", "sản phẩm được cấp giấy chứng nhận",
  "văn bằng bảo hộ", "sản phẩm OCOP",
];
export const EVENT_KINDS = [
  "Hội nghị", "Hội thảo khoa học", "Diễn đàn", "Tọa đàm", "Hội nghị tổng kết", "Hội nghị chuyên đề",
  "Chương trình tập huấn", "Hội thảo quốc tế", "Ngày hội khởi nghiệp",
];
export const ORGANIZERS = [
  "Bộ KH&CN", "Đảng ủy Bộ KH&CN", "Sở KH&CN {province}", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "Cục Sở hữu trí tuệ", "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Đại học Quốc gia Hà Nội",
  "Trung tâm Đổi mới sáng tạo Quốc gia", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
];

export const HEADINGS = [
  "Quyết liệt trong công tác chỉ đạo, điều hành", "Phát huy sức mạnh đoàn kết", "Nhiều kết quả nổi bật",
  "Tháo gỡ điểm nghẽn về thể chế", "Doanh nghiệp là trung tâm", "Hướng tới mục tiêu năm {nextYear}",
  "Kinh nghiệm quốc tế", "Những thách thức còn tồn tại", "Giải pháp trong thời gian tới",
  "Từ phòng thí nghiệm đến thị trường", "Lan tỏa tinh thần đổi mới sáng tạo", "Đầu tư cho tương lai",
  "Nâng cao năng lực nghiên cứu", "Đưa kết quả nghiên cứu vào cuộc sống", "Cần cơ chế đặc thù",
  "Tạo đột phá từ chuyển đổi số", "Hợp tác cùng có lợi", "Bài học kinh nghiệm", "Chặng đường phía trước",
  "Những con số ấn tượng", "Đổi mới tư duy quản lý", "Khơi thông nguồn lực", "Đồng hành cùng doanh nghiệp",
  "Chú trọng chất lượng nguồn nhân lực", "Nâng cao vị thế", "Dấu ấn từ cơ sở", "Kỳ vọng từ chính sách mới",
  "Phát triển bền vững", "Hoàn thiện hành lang pháp lý", "Làm chủ công nghệ lõi",
];

export const LIST_INTROS = [
  "Hội nghị đã thống nhất một số nhiệm vụ trọng tâm:", "Các giải pháp chính được đề xuất gồm:",
  "Theo kế hoạch, năm {nextYear} sẽ tập trung vào:", "Một số kết quả nổi bật trong năm {year}:",
  "Chương trình bao gồm các nội dung chính:", "Các đại biểu kiến nghị:",
];
export const LIST_ITEMS = [
  "hoàn thiện khung pháp lý về sở hữu trí tuệ", "đẩy mạnh ứng dụng công nghệ thông tin trong quản lý",
  "nâng cao chất lượng các nhiệm vụ khoa học và công nghệ", "phát triển thị trường khoa học và công nghệ",
  "tăng cường hợp tác quốc tế trong nghiên cứu", "hỗ trợ doanh nghiệp xây dựng hệ thống quản lý chất lượng",
  "đào tạo, bồi dưỡng đội ngũ cán bộ trẻ", "kiện toàn tổ chức bộ máy theo hướng tinh gọn",
  "rà soát các tiêu chuẩn quốc gia đã lạc hậu", "xây dựng cơ sở dữ liệu quốc gia về khoa học và công nghệ",
  "thúc đẩy thương mại hóa kết quả nghiên cứu", "phát triển mạng lưới chuyên gia người Việt ở nước ngoài",
  "tăng cường công tác kiểm tra, giám sát của cấp ủy", "đổi mới phương thức tuyên truyền về khoa học",
  "ưu tiên đầu tư cho các phòng thí nghiệm trọng điểm", "đẩy mạnh chuyển đổi số trong các đơn vị trực thuộc",
  "bảo đảm an toàn bức xạ và hạt nhân", "phát triển các sản phẩm quốc gia",
  "xây dựng văn hóa đổi mới sáng tạo trong doanh nghiệp", "hỗ trợ bảo hộ tài sản trí tuệ cho đặc sản địa phương",
  "đẩy mạnh nghiên cứu về {topic}",
];

/** Alt texts and captions never contain `"`, `[` or `]`: they go inside Markdown image syntax. */
export const IMAGE_ALTS = [
  "Toàn cảnh hội nghị", "Các đại biểu tham quan khu trưng bày sản phẩm", "Nhà khoa học làm việc trong phòng thí nghiệm",
  "Lãnh đạo Bộ KH&CN phát biểu tại sự kiện", "Lễ ký kết thỏa thuận hợp tác", "Mô hình sản xuất ứng dụng công nghệ cao",
  "Sinh viên trình bày sản phẩm nghiên cứu", "Các đại biểu chụp ảnh lưu niệm", "Kỹ thuật viên vận hành thiết bị đo lường",
  "Quang cảnh buổi tọa đàm", "Sản phẩm khởi nghiệp được giới thiệu tại triển lãm", "Nhóm nghiên cứu bên thiết bị thí nghiệm",
  "Cán bộ kiểm tra chất lượng hàng hóa", "Đoàn công tác khảo sát tại cơ sở", "Trao giải thưởng cho các tác giả đoạt giải",
  "Phòng thí nghiệm trọng điểm của trường đại học", "Hệ thống pin mặt trời trên mái nhà xưởng",
  "Robot tự hành do kỹ sư Việt Nam chế tạo", "Cánh đồng lúa ứng dụng giống mới", "Lò phản ứng hạt nhân nghiên cứu Đà Lạt",
];
export const CAPTION_TAILS = ["", "", " tại {city}", " ngày {date}", " năm {year}", " ở {provinceAdmin}"];

export const HEADLINE_SUBJECTS = [
  "Bộ KH&CN", "Đảng bộ Bộ Khoa học và Công nghệ", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
  "{university}", "{university}", "{province}", "{province}", "Nhà khoa học Việt", "Doanh nghiệp Việt",
  "Sở KH&CN {province}", "Sở KH&CN {province}", "UBND {provinceAdmin}", "Các nhà khoa học trẻ", "Quỹ NAFOSTED",
  "Cục Sở hữu trí tuệ", "Startup Việt", "Nhóm nghiên cứu Việt Nam", "Viện Năng lượng nguyên tử Việt Nam",
  "Việt Nam", "Thủ tướng", "Bộ trưởng Bộ KH&CN", "Tổng cục Tiêu chuẩn Đo lường Chất lượng", "Doanh nghiệp {province}",
  "Nông dân {province}", "Trung tâm Đổi mới sáng tạo Quốc gia", "Hội đồng Khoa học tỉnh {province}",
];
export const HEADLINE_VERBS = [
  "đẩy mạnh", "triển khai", "công bố kết quả nghiên cứu về", "hoàn thiện", "thúc đẩy", "ra mắt chương trình về",
  "tổng kết", "đề xuất giải pháp về", "làm chủ", "hỗ trợ doanh nghiệp trong", "ưu tiên phát triển", "chú trọng",
  "nghiệm thu đề tài về", "đặt mục tiêu dẫn đầu về", "bàn giải pháp thúc đẩy", "tiên phong trong", "đầu tư mạnh cho",
  "lấy ý kiến về", "khởi động chương trình về", "mở rộng", "nâng cao hiệu quả", "sơ kết", "kiểm tra tiến độ",
  "đặt hàng nghiên cứu về", "đánh giá kết quả", "tăng tốc", "tập huấn về", "chia sẻ kinh nghiệm về",
];
/** Tails that make titles specific: most add a place, a date or an actor. */
export const HEADLINE_TAILS = [
  "", "", "", "", " năm {year}", " giai đoạn {year} - {year5}", " tại {provinceAdmin}", " tại {provinceAdmin}",
  " trong bối cảnh mới", " cho doanh nghiệp nhỏ và vừa", " vì mục tiêu phát triển bền vững",
  " theo hướng thực chất, hiệu quả", " trong những tháng cuối năm", " ngay từ đầu năm {year}", " ở {provinceAdmin}",
  " cho nông dân {province}", " tại các trường đại học", " trong 6 tháng đầu năm {year}", " đến năm {year5}",
  " tại khu vực {region}", " cùng {university}", " với sự hỗ trợ của {foreignOrg}", " tại {city}",
  " trong quý {quarter}", " trong {sector}", " trong {sector}", " ở vùng {region}",
];
export const REGIONS = [
  "Tây Nguyên", "Tây Bắc", "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Bắc Trung Bộ", "Nam Trung Bộ",
  "Đông Nam Bộ", "duyên hải miền Trung", "Đông Bắc",
];
export const SECTORS = [
  "nông nghiệp", "y tế", "giáo dục", "công nghiệp chế biến", "quản lý đô thị", "giao thông", "du lịch",
  "lĩnh vực năng lượng", "ngành dệt may", "thủy sản", "logistics", "xây dựng", "tài chính, ngân hàng",
];
export const DEBATE_TAILS = [
  "cơ hội và thách thức", "từ chính sách đến thực tiễn", "kinh nghiệm quốc tế và bài học cho Việt Nam",
  "nhìn lại {n} năm triển khai", "góc nhìn từ doanh nghiệp", "yêu cầu mới, cách làm mới", "những điểm nghẽn cần tháo gỡ",
];
export const REMEDIES = [
  "cần cơ chế đủ mạnh", "cần sự vào cuộc của doanh nghiệp", "bắt đầu từ thể chế", "cần thêm nguồn lực",
  "cần cách làm mới", "không thể chậm trễ",
];
export const PARTY_UNITS = [
  "Đảng ủy Bộ KH&CN", "Đảng bộ Cục Sở hữu trí tuệ", "Chi bộ Vụ Tổ chức cán bộ", "Đảng bộ Tổng cục Tiêu chuẩn Đo lường Chất lượng",
  "Đảng bộ Viện Năng lượng nguyên tử Việt Nam", "Chi bộ Văn phòng Bộ", "Đảng bộ Cục Thông tin KH&CN quốc gia",
  "Chi bộ Vụ Kế hoạch - Tài chính", "Đảng bộ Học viện Khoa học, Công nghệ và Đổi mới sáng tạo", "Chi bộ Thanh tra Bộ",
  "Đảng bộ Cục Năng lượng nguyên tử", "Chi bộ Vụ Pháp chế", "Đảng bộ Báo VnExpress", "Đảng ủy Sở KH&CN {province}",
];
export const PERIODS = [
  "năm {year}", "6 tháng đầu năm {year}", "quý {quarter} năm {year}", "nhiệm kỳ {year} - {year5}", "tháng {month}/{year}",
];
export const SLOGANS = [
  "làm chủ công nghệ lõi", "Make in Viet Nam", "dám nghĩ, dám làm", "nghiên cứu để phụng sự",
  "khoa học vì cộng đồng", "đưa tri thức vào đồng ruộng", "chuyển đổi số từ cơ sở", "sáng tạo không giới hạn",
];
export const AWARDS = [
  "Giải thưởng Tạ Quang Bửu", "Giải thưởng Sáng tạo Khoa học Công nghệ Việt Nam", "Giải thưởng Chất lượng Quốc gia",
  "Giải thưởng Kovalevskaia", "Giải thưởng Quả cầu vàng", "Giải thưởng Đổi mới sáng tạo",
];
export const LAUREATES = ["nhà khoa học", "công trình", "doanh nghiệp", "giải pháp", "tác giả trẻ"];

/** People with an aspiration; a province follows them in titles. */
export const ASPIRANTS = [
  "kỹ sư trẻ", "các nhà khoa học trẻ", "một nhà khoa học nữ", "nông dân", "sinh viên", "những nhà sáng chế không chuyên",
  "một doanh nghiệp nhỏ", "những người làm khoa học", "nhóm khởi nghiệp", "các thầy cô giáo",
];

/** Headline templates for any category; the first is the most common shape, hence its weight. */
export const TITLE_TEMPLATES = [
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{HeadlineSubject} {headlineVerb} {topic}{headlineTail}",
  "{eventKind} về {topic} tại {city}",
  "{eventKind} “{Topic}: {debateTail}” tại {city}",
  "{province}: {HeadlineVerb} {topic}{headlineTail}",
  "{province}: {HeadlineVerb} {topic}{headlineTail}",
  "{n} dấu ấn nổi bật về {topic} tại {provinceAdmin} năm {year}",
  "Khát vọng \"{slogan}\" của {aspirant} {province}",
  "{Speaker}: \"{Statement}\"",
  "Nhiều giải pháp thúc đẩy {topic} tại {provinceAdmin}",
  "Gỡ vướng về {topic} tại {provinceAdmin}: {remedy}",
  "Đưa {topic} vào cuộc sống: kinh nghiệm từ {provinceAdmin}",
  "Tọa đàm \"{slogan}\" về {topic} tại {city}",
  "Tháo gỡ khó khăn về {topic} cho doanh nghiệp {province}",
  "{award} năm {year} vinh danh {n} {laureate} về {topic}",
];

/** Headline templates that only make sense in one section, mixed in for articles of that section. */
export const CATEGORY_TITLE_TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  "hoat-dong-khcn": [
    "{Organizer} đạt nhiều kết quả tích cực trong {topic} {period}",
    "{PartyUnit} tổng kết {topic} {period}",
    "{PartyUnit} quán triệt {topic} đến cán bộ, đảng viên {period}",
  ],
  "khoa-hoc": [
    "Phát hiện mới về {topic} của nhóm nghiên cứu {university}",
    "Nhóm nghiên cứu của {university} công bố kết quả mới về {topic}{headlineTail}",
    "Công bố quốc tế về {topic} của {speaker} được đánh giá cao",
  ],
  "cong-nghe": [
    "Kỹ sư {province} làm chủ {topic}: từ ý tưởng đến sản phẩm",
    "Ứng dụng {topic} trong {sector} tại {provinceAdmin}",
    "{University} ra mắt sản phẩm ứng dụng {topic}{headlineTail}",
  ],
  "doi-moi-sang-tao": [
    "Startup {province} gọi vốn thành công {money} cho dự án về {topic}",
    "Techfest {province} {year}: lan tỏa tinh thần {topic}",
    "Kết nối cung cầu công nghệ: cơ hội cho {topic} tại {provinceAdmin}",
  ],
  "chinh-sach": [
    "{HeadlineSubject} lấy ý kiến về {topic}{headlineTail}",
    "{HeadlineSubject} đề xuất sửa đổi quy định về {topic}",
    "{HeadlineSubject} phổ biến những điểm mới về {topic}",
  ],
  "hop-tac-quoc-te": [
    "Việt Nam và {country} tăng cường {topic}{headlineTail}",
    "Ký kết thỏa thuận hợp tác giữa {organizer} và {foreignOrg}{headlineTail}",
    "Đoàn công tác {organizer} làm việc với {foreignOrg} về {topic}",
  ],
  "tieu-chuan-chat-luong": [
    "Công bố {n} tiêu chuẩn quốc gia mới về {topic}{headlineTail}",
    "{award} năm {year}: {n} doanh nghiệp {province} được vinh danh",
    "Tăng cường kiểm tra {topic} dịp cuối năm tại {provinceAdmin}",
  ],
};
export const UNIVERSITIES = [
  "Đại học Quốc gia Hà Nội", "Đại học Bách khoa Hà Nội", "Đại học Quốc gia TP. Hồ Chí Minh", "Đại học Cần Thơ",
  "Đại học Đà Nẵng", "Đại học Huế", "Đại học Thái Nguyên", "Trường Đại học Khoa học Tự nhiên", "Học viện Nông nghiệp Việt Nam",
  "Trường Đại học Y Hà Nội", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Trường Đại học Công nghệ",
];

export const SUMMARY_TEMPLATES = [
  "{Opener}{subject} {predicate} {object}{clause}.",
  "Bài viết điểm lại những kết quả nổi bật về {topic} trong năm {year} và đề xuất giải pháp cho giai đoạn tới.",
  "Theo {person}, {statement}.",
  "{eventKind} do {organizer} tổ chức đã thu hút hơn {hundreds} đại biểu là nhà quản lý, nhà khoa học và doanh nghiệp.",
];

// ---------------------------------------------------------------------------------------------
